package org.samvad.admin.invitation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.access.Access;
import org.samvad.admin.access.Access.Scope;
import org.samvad.admin.access.Located;
import org.samvad.db.access.Role;
import org.samvad.db.invitation.Invitation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Invitation links that admit workers to a booth ({@code https://t.me/<bot>?start=<code>}):
 * admins make them anywhere, observers for booths in their token's scope.
 */
@RestController
@RequestMapping("/api/invitations")
class InvitationController {

    private final Invitations invitations;
    private final String botUsername;

    InvitationController(Invitations invitations, AdminApiSettings settings) {
        this.invitations = invitations;
        this.botUsername = settings.botUsername();
    }

    /** Creates an invitation: 201 with its code and deep link; 422 when the request does not fit. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(roles = {Role.ADMIN, Role.OBSERVER}, scope = Scope.LOCATION_BODY, audit = "invitation.create")
    ResponseEntity<CreatedJson> create(@RequestBody InvitationRequest request) {
        Invitation created = invitations.create(request.booth(), request.kind(), request.expiresInDays());
        URI location = UriComponentsBuilder.fromPath("/api/invitations/{code}").buildAndExpand(created.getCode())
                .toUri();
        return ResponseEntity.created(location).cacheControl(CacheControl.noStore())
                .body(CreatedJson.of(created, "https://t.me/" + botUsername + "?start=" + created.getCode()));
    }

    /** The invitations to one booth ({@code booth}) or within any location ({@code location}), newest first. */
    @GetMapping
    @Access(roles = {Role.ADMIN, Role.OBSERVER}, scope = Scope.LOCATION_PARAMETER,
            parameters = {"booth", "location"}, audit = "invitation.list")
    List<InvitationJson> list(@RequestParam(required = false) String booth,
            @RequestParam(required = false) String location) {
        return invitations.list(booth, location).stream().map(InvitationJson::of).toList();
    }

    @GetMapping("/{code}")
    @Access(roles = {Role.ADMIN, Role.OBSERVER}, scope = Scope.LOCATION_CHECKED_BY_HANDLER)
    InvitationJson invitation(@PathVariable String code) {
        return InvitationJson.of(invitations.one(code));
    }

    /** Revokes an invitation (204): it admits nobody more; workers it admitted stay. */
    @DeleteMapping("/{code}")
    @Access(roles = {Role.ADMIN, Role.OBSERVER}, scope = Scope.LOCATION_CHECKED_BY_HANDLER,
            audit = "invitation.revoke")
    ResponseEntity<Void> revoke(@PathVariable String code) {
        invitations.revoke(code);
        return ResponseEntity.noContent().build();
    }

    /**
     * An invitation to make.
     *
     * @param booth the booth's code
     * @param kind {@code booth} (a link for every worker of the booth) or {@code worker} (admits once)
     * @param expiresInDays 1 to 90; absent for 7
     */
    record InvitationRequest(String booth, String kind, Integer expiresInDays) implements Located {

        @Override
        public String locationCode() {
            return booth;
        }
    }

    /** An invitation as listed. {@code kind} is booth or worker; {@code revokedAt} is null unless revoked. */
    record InvitationJson(String code, String booth, String kind, int uses, Instant expiresAt, Instant revokedAt,
            String createdBy, Instant createdAt) {

        static InvitationJson of(Invitation invitation) {
            return new InvitationJson(invitation.getCode(), invitation.getBoothCode(),
                    Invitations.Kind.of(invitation).json(), invitation.getUses(), invitation.getExpiresAt(),
                    invitation.getRevokedAt(), invitation.getCreatedBy(), invitation.getCreatedAt());
        }
    }

    /** An invitation just made, with the deep link ({@code link}) to send to workers. */
    record CreatedJson(String code, String booth, String kind, Instant expiresAt, String createdBy, String link) {

        static CreatedJson of(Invitation invitation, String link) {
            return new CreatedJson(invitation.getCode(), invitation.getBoothCode(),
                    Invitations.Kind.of(invitation).json(), invitation.getExpiresAt(), invitation.getCreatedBy(),
                    link);
        }
    }
}
