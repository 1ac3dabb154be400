package org.samvad.admin.summary;

import java.util.List;

/**
 * What a summary counts: the runs of one or more versions of a questionnaire. Campaign
 * summaries (a campaign's runs) will be a second kind of subject, with a campaign id
 * beside the questionnaire ids; every query takes its runs from here.
 */
record Subject(List<Long> questionnaireIds) {

    Subject {
        questionnaireIds = List.copyOf(questionnaireIds);
    }
}
