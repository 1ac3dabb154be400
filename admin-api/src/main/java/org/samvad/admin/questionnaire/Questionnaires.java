package org.samvad.admin.questionnaire;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.samvad.admin.NotFoundException;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.questionnaire.QuestionnaireStatus;
import org.samvad.db.questionnaire.definition.Parsed;
import org.samvad.db.questionnaire.definition.QuestionnaireDefinition;
import org.samvad.db.questionnaire.definition.QuestionnaireDefinitions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores questionnaire definitions as drafts and moves versions through their
 * lifecycle. A definition without a version becomes the next one; with a version it
 * must be the next one or replace a draft, because published versions never change.
 */
@Service
class Questionnaires {

    private final QuestionnaireRepository repository;
    private final Clock clock;

    Questionnaires(QuestionnaireRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    Questionnaire create(String yaml) {
        QuestionnaireDefinition definition = valid(QuestionnaireDefinitions.parse(yaml));
        List<Questionnaire> versions = repository.findBySlug(definition.slug());
        int next = versions.stream().mapToInt(Questionnaire::version).max().orElse(0) + 1;
        int version = definition.version() == null ? next : definition.version();
        if (version != next) {
            discardDraft(definition.slug(), version, next, versions);
        }
        try {
            return stored(definition.draft(version, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new VersionConflict("Another version of '" + definition.slug()
                    + "' was stored at the same time; post again.");
        }
    }

    @Transactional(readOnly = true)
    List<Questionnaire> all() {
        return repository.findAllByOrderBySlugAscVersionAsc();
    }

    @Transactional(readOnly = true)
    Questionnaire latest(String slug) {
        return repository.findFirstBySlugOrderByVersionDesc(slug).orElseThrow(() -> unknown(slug));
    }

    @Transactional(readOnly = true)
    Questionnaire version(String slug, int version) {
        return repository.findBySlugAndVersion(slug, version).orElseThrow(() -> repository.existsBySlug(slug)
                ? new NotFoundException("Questionnaire '" + slug + "' has no version " + version + ".")
                : unknown(slug));
    }

    @Transactional
    Questionnaire publish(String slug, int number) {
        return step(version(slug, number), v -> v.publish(clock.instant()), "only a draft can be published.");
    }

    @Transactional
    Questionnaire close(String slug, int number) {
        return step(version(slug, number), v -> v.close(clock.instant()), "only a published version can be closed.");
    }

    private Questionnaire step(Questionnaire version, UnaryOperator<Questionnaire> step, String rule) {
        Questionnaire changed;
        try {
            changed = step.apply(version);
        } catch (IllegalStateException e) {
            throw new VersionConflict(describe(version) + "; " + rule);
        }
        return stored(changed);
    }

    /** Saved and read back: the aggregate {@code save} returns may list the questions out of order. */
    private Questionnaire stored(Questionnaire questionnaire) {
        return repository.findById(repository.save(questionnaire).id()).orElseThrow();
    }

    private static QuestionnaireDefinition valid(Parsed parsed) {
        if (parsed instanceof Parsed.Invalid invalid) {
            throw new DefinitionRejected(invalid.errors());
        }
        return ((Parsed.Valid) parsed).definition();
    }

    private void discardDraft(String slug, int version, int next, List<Questionnaire> versions) {
        Questionnaire existing = versions.stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new VersionConflict("'" + slug + "' has no version " + version + "; post version "
                        + next + " for a new version, or the number of a draft to replace it."));
        if (existing.status() != QuestionnaireStatus.DRAFT) {
            throw new VersionConflict(describe(existing) + " and never changes; post version " + next + ".");
        }
        repository.delete(existing);
    }

    private static String describe(Questionnaire version) {
        String status = version.status() == QuestionnaireStatus.DRAFT ? "a draft"
                : version.status().name().toLowerCase(Locale.ROOT);
        return "Version " + version.version() + " of '" + version.slug() + "' is " + status;
    }

    private static NotFoundException unknown(String slug) {
        return new NotFoundException("No questionnaire has the slug '" + slug + "'.");
    }
}
