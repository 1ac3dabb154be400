package org.samvad.admin.location;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The location import from the command line: {@code import-locations FILE...} as the
 * admin API's first arguments imports each file in turn (each all or nothing) into the
 * configured database and exits, without serving HTTP. It prints what each file did,
 * or every line that cannot be imported.
 */
public final class ImportLocationsCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "import-locations";

    private ImportLocationsCommand() {
    }

    /**
     * Imports the files with the context's importer.
     *
     * @return the process's exit status: 0 when every file was imported, 1 otherwise
     */
    public static int run(ConfigurableApplicationContext context, Iterable<String> files, PrintStream out) {
        Locations locations = context.getBean(Locations.class);
        int status = 0;
        for (String file : files) {
            try {
                String csv = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                Locations.Imported imported = locations.importCsv(csv);
                out.printf("%s: %d added, %d updated, %d unchanged%n", file, imported.added(), imported.updated(),
                        imported.unchanged());
            } catch (LocationsRejected e) {
                status = 1;
                out.printf("%s: nothing imported; %d lines cannot be imported:%n", file, e.errors().size());
                e.errors().forEach(error -> out.printf("  line %d: %s%n", error.line(), error.message()));
            } catch (IOException e) {
                status = 1;
                out.printf("%s: cannot be read (%s)%n", file, e.getClass().getSimpleName());
            }
        }
        return status;
    }
}
