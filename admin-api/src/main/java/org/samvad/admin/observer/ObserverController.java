package org.samvad.admin.observer;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.samvad.admin.access.Access;
import org.samvad.db.access.Role;
import org.samvad.db.observer.Observer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admins appoint observers (पर्यवेक्षक): Telegram users who, in the bot, invite workers
 * to booths of their districts. Only admins see them, names included.
 */
@RestController
@RequestMapping("/api/observers")
class ObserverController {

    private final Observers observers;

    ObserverController(Observers observers) {
        this.observers = observers;
    }

    /** Appoints an observer: 201; 422 when the request does not fit; 409 when the user is an observer already. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(roles = Role.ADMIN, audit = "observer.create")
    ResponseEntity<ObserverJson> appoint(@RequestBody ObserverRequest request) {
        Observer appointed = observers.appoint(request.telegramUserId(), request.name(), request.districts());
        URI location = UriComponentsBuilder.fromPath("/api/observers/{id}").buildAndExpand(appointed.getId()).toUri();
        return ResponseEntity.created(location).body(ObserverJson.of(appointed));
    }

    @GetMapping
    @Access(roles = Role.ADMIN, audit = "observer.list")
    List<ObserverJson> list() {
        return observers.all().stream().map(ObserverJson::of).toList();
    }

    @GetMapping("/{id}")
    @Access(roles = Role.ADMIN)
    ObserverJson observer(@PathVariable long id) {
        return ObserverJson.of(observers.one(id));
    }

    /** Ends the appointment (204); the user is an ordinary Telegram user again. */
    @DeleteMapping("/{id}")
    @Access(roles = Role.ADMIN, audit = "observer.revoke")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        observers.revoke(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * An observer to appoint.
     *
     * @param districts codes of the districts they invite workers in, such as BR-KAI
     */
    record ObserverRequest(Long telegramUserId, String name, List<String> districts) {
    }

    /** An observer; {@code revokedAt} is null while appointed. */
    record ObserverJson(long id, long telegramUserId, String name, List<String> districts, Instant createdAt,
            Instant revokedAt) {

        static ObserverJson of(Observer observer) {
            return new ObserverJson(observer.getId(), observer.getTelegramUserId(), observer.getName(),
                    observer.getDistrictCodes(), observer.getCreatedAt(), observer.getRevokedAt());
        }

        /** Without the name, so that it never reaches a log. */
        @Override
        public String toString() {
            return "ObserverJson[id=" + id + ", districts=" + districts + "]";
        }
    }
}
