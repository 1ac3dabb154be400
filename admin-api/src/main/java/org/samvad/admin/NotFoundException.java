package org.samvad.admin;

/** A requested location, questionnaire or version does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
