package org.samvad.admin.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.NotFoundException;
import org.samvad.admin.summary.Summary.ChildPage;
import org.samvad.admin.summary.Summary.ChildSummary;
import org.samvad.admin.summary.Summary.QuestionSummary;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.questionnaire.Questionnaire;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts summaries together from the questionnaire's definition and the counts of
 * its {@link SummarySource} (the roll-ups), withholding small cells.
 */
@Service
class Summaries {

    private final Versions versions;
    private final SummarySource source;
    private final Figures figures;

    Summaries(Versions versions, SummarySource source, AdminApiSettings settings) {
        this.versions = versions;
        this.source = source;
        this.figures = new Figures(new SmallCells(settings.suppressBelow()));
    }

    /**
     * The questionnaire versions asked for and where: what every summary request names.
     * {@code level} is the level of the locations listed in children tables: null for the
     * place's children, or the level below them (a district's booths, India's districts).
     */
    record Request(String locationCode, String slug, List<Integer> versions, String level) {

        Request(String locationCode, String slug, List<Integer> versions) {
            this(locationCode, slug, versions, null);
        }
    }

    /**
     * The summary with the first page of the children in the order asked, in two round
     * trips and without a transaction: the place with the versions, then the figures,
     * read together in one snapshot ({@link SummarySource#snapshot}).
     */
    Summary of(Request request, ChildTable.Order order, int size) {
        Target target = target(request);
        Place place = target.place();
        List<Versions.Version> chosen = target.chosen();
        Questionnaire newest = versions.definition(chosen.get(chosen.size() - 1));
        SummarySource.Snapshot snapshot = source.snapshot(subject(chosen), place, place.childLevel(),
                figures.cells().k());
        List<ChildSummary> children = figures.children(snapshot.children());
        SummarySource.Overview overview = snapshot.overview();
        return new Summary(place.area(),
                new Summary.QuestionnaireRef(newest.slug(), chosen.stream().map(Versions.Version::version).toList(),
                        newest.title().en(), newest.title().hi()),
                new Summary.Suppression(figures.cells().k()),
                figures.headline(overview.headline()),
                questions(newest, snapshot.facets()),
                Groups.participation(overview.participation(), figures.cells()),
                ChildTable.page(children, order, 0, size),
                children.stream().filter(Summaries::silent).count());
    }

    /** One page of the children, or of the silent children only. */
    @Transactional(readOnly = true)
    ChildPage children(Request request, ChildTable.Order order, int page, int size, boolean silentOnly) {
        return ChildTable.page(children(request, silentOnly), order, page, size);
    }

    /** Every child (or every silent child), in the order asked, for exports. */
    @Transactional(readOnly = true)
    List<ChildSummary> allChildren(Request request, ChildTable.Order order, boolean silentOnly) {
        return ChildTable.sorted(children(request, silentOnly), order);
    }

    /** The questions' figures, for exports. */
    @Transactional(readOnly = true)
    List<QuestionSummary> questions(Request request) {
        Target target = target(request);
        List<Versions.Version> chosen = target.chosen();
        return questions(versions.definition(chosen.get(chosen.size() - 1)),
                source.facets(subject(chosen), target.place(), figures.cells().k()));
    }

    private List<ChildSummary> children(Request request, boolean silentOnly) {
        Target target = target(request);
        List<ChildSummary> children = figures.children(below(subject(target.chosen()), target.place(),
                request.level()));
        return silentOnly ? children.stream().filter(Summaries::silent).toList() : children;
    }

    private List<QuestionSummary> questions(Questionnaire newest, List<SummarySource.Facet> facets) {
        Map<String, QuestionFigures.Counted> counted = Counting.byQuestion(facets);
        QuestionFigures questionFigures = new QuestionFigures(figures);
        return newest.questions().stream()
                .map(q -> questionFigures.of(q, counted.getOrDefault(q.key(), Counting.NONE))).toList();
    }

    private List<SummarySource.ChildCounts> below(Subject subject, Place place, String levelName) {
        LocationLevel level = place.childLevel();
        if (levelName != null) {
            level = Arrays.stream(LocationLevel.values()).filter(l -> l.name().equalsIgnoreCase(levelName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "'level' is one of state, district, assembly, booth."));
            int depth = level.ordinal() - (place.isIndia() ? -1 : place.level().ordinal());
            if (depth < 1 || depth > 2) {
                throw new IllegalArgumentException("'level' is one of the two levels below "
                        + place.levelName().toLowerCase(Locale.ROOT) + ".");
            }
        }
        return level == null ? List.of() : source.below(subject, place, level);
    }

    private static boolean silent(ChildSummary child) {
        return !child.totals().respondents().suppressed() && child.totals().respondents().value().longValue() == 0;
    }

    /** The place a request names and the versions it combines, oldest first. */
    private record Target(Place place, List<Versions.Version> chosen) {
    }

    /**
     * The request's place and versions, read in one round trip.
     *
     * @throws NotFoundException for an unknown place, slug or version, or none published
     */
    private Target target(Request request) {
        String code = request.locationCode();
        Versions.Found found = versions.find(code, request.slug());
        Place place = Place.INDIA.equals(code) ? Place.india() : found.place().orElseThrow(
                () -> new NotFoundException("No location has the code '" + code + "'."));
        return new Target(place, versions.chosen(request.slug(), found.versions(), request.versions()));
    }

    private static Subject subject(List<Versions.Version> chosen) {
        return new Subject(chosen.stream().map(Versions.Version::id).toList());
    }
}
