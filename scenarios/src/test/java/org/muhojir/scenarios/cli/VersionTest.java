package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The version line: with the commit the build found, and what it says without one. */
class VersionTest {
    @Test
    void namesTheCommitAndWhetherTheTreeDifferedFromIt() {
        assertEquals("0.1.0 (commit 0cca485fe949)", Version.describe("0.1.0", "0cca485fe949", "false"));
        assertEquals("0.1.0 (commit 0cca485fe949, with uncommitted changes)",
                Version.describe("0.1.0", "0cca485fe949", "true"));
    }

    @Test
    void withoutACommitItIsTheVersionAlone() {
        // built outside a git checkout, the plugin leaves the property unfilled
        assertEquals("0.1.0", Version.describe("0.1.0", "${git.commit.id.abbrev}", "${git.dirty}"));
        assertEquals("0.1.0", Version.describe("0.1.0", "", ""));
    }
}
