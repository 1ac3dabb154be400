package org.samvad.admin.questionnaire;

import java.net.URI;
import java.util.List;
import org.samvad.admin.access.Access;
import org.samvad.admin.questionnaire.QuestionnaireJson.VersionJson;
import org.samvad.db.access.Role;
import org.samvad.db.questionnaire.Questionnaire;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Questionnaires as data: post a YAML definition to store a draft, read any version in
 * both languages, publish a draft and close a published version. Admins write and
 * change them; coordinators and observers may read them.
 */
@RestController
@RequestMapping("/api/questionnaires")
class QuestionnaireController {

    private final Questionnaires questionnaires;

    QuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** Stores the definition as a draft; 422 with every error when it is invalid. */
    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Access(roles = Role.ADMIN, audit = "questionnaire.create")
    ResponseEntity<QuestionnaireJson> create(@RequestBody String yaml) {
        Questionnaire created = questionnaires.create(yaml);
        URI location = UriComponentsBuilder.fromPath("/api/questionnaires/{slug}/versions/{version}")
                .buildAndExpand(created.slug(), created.version()).toUri();
        return ResponseEntity.created(location).body(QuestionnaireJson.of(created));
    }

    @GetMapping
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER})
    List<VersionJson> list() {
        return questionnaires.all().stream().map(VersionJson::of).toList();
    }

    /** The version with the highest number, whatever its status. */
    @GetMapping("/{slug}")
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER})
    QuestionnaireJson latest(@PathVariable String slug) {
        return QuestionnaireJson.of(questionnaires.latest(slug));
    }

    @GetMapping("/{slug}/versions/{version}")
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER})
    QuestionnaireJson version(@PathVariable String slug, @PathVariable int version) {
        return QuestionnaireJson.of(questionnaires.version(slug, version));
    }

    @PostMapping("/{slug}/versions/{version}/publish")
    @Access(roles = Role.ADMIN, audit = "questionnaire.publish")
    QuestionnaireJson publish(@PathVariable String slug, @PathVariable int version) {
        return QuestionnaireJson.of(questionnaires.publish(slug, version));
    }

    @PostMapping("/{slug}/versions/{version}/close")
    @Access(roles = Role.ADMIN, audit = "questionnaire.close")
    QuestionnaireJson close(@PathVariable String slug, @PathVariable int version) {
        return QuestionnaireJson.of(questionnaires.close(slug, version));
    }
}
