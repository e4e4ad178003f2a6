package org.muhojir.scenarios.cli;

import java.util.concurrent.Callable;
import org.muhojir.scenarios.format.SchemaGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code muhojir schema}: prints the JSON Schema of scenario files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print the JSON Schema of scenario files.",
        description = {"",
            "Prints the JSON Schema (draft 2020-12) that editors use to complete and check scenario files. The "
                    + "repository publishes it as scenarios/schema/muhojir-scenario.schema.json; bundled scenarios "
                    + "point to it with \"$schema\".", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  ./muhojir schema > scenarios/schema/muhojir-scenario.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaGenerator.text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
