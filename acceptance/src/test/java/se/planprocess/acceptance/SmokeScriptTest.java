package se.planprocess.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smoke script an administrator runs on a staging Confluence ({@code scripts/smoke-confluence.sh}) runs green
 * against the local host: every step passes except install and uninstall, which the host does not offer because it
 * loads the jar when it starts. The report is created through the Create dialog's blueprint REST path and must be
 * registered, so the script fails on an app whose blueprint registration does not reach the listener.
 */
class SmokeScriptTest {
    private static final Path SCRIPT = Path.of("../scripts/smoke-confluence.sh");

    @Test
    void smokeScript_passesEveryStepAgainstTheLocalHost_skippingOnlyInstallAndUninstall() throws Exception {
        Run run = run("admin", "demo", Map.of("SMOKE_SPACE", "PUBLIK"));
        assertEquals(0, run.exit, run.output);
        for (String step : List.of("connect", "enabled", "committee", "cycle", "blueprint", "registered", "status")) {
            assertTrue(run.output.lines().anyMatch(l -> l.startsWith("PASS  " + step + " ")), step + ":\n" + run.output);
        }
        assertTrue(run.output.lines().anyMatch(l -> l.startsWith("SKIP  install ")), run.output);
        assertTrue(run.output.lines().anyMatch(l -> l.startsWith("SKIP  uninstall ")), run.output);
        assertTrue(run.output.contains("smoke-confluence: 7 passed, 0 failed, 2 skipped"), run.output);
        assertTrue(run.output.contains("feedback report of \"Planprocess röktest\""), run.output);
    }

    @Test
    void smokeScript_failsClearly_forAUserWhoIsNotAnAdministrator() throws Exception {
        Run run = run("lasare", "demo", Map.of());
        assertEquals(1, run.exit, run.output);
        assertTrue(run.output.contains("FAIL  connect"), run.output);
        assertTrue(run.output.contains("is lasare a Confluence administrator"), run.output);
    }

    @Test
    void smokeScript_refusesToTakeOverARealCommitteesSpace() throws Exception {
        Run run = run("admin", "demo", Map.of("SMOKE_SPACE", "HSN"));
        assertEquals(1, run.exit, run.output);
        assertTrue(run.output.contains("FAIL  committee    space HSN belongs to the committee"), run.output);
    }

    /**
     * The script's committee stays, as it would on a staging instance; it is made inactive afterwards so that the
     * demo's trackers, which other classes count, are the same whatever order the classes run in.
     */
    @AfterAll
    static void deactivateTheSmokeCommittee() {
        var saved = Rest.postJson("admin", "/rest/planprocess/1.0/admin/committees",
                "{\"name\":\"Planprocess röktest\",\"shortName\":\"RÖKTEST\",\"spaceKey\":\"PUBLIK\",\"active\":false}");
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String user, String password, Map<String, String> environment) throws IOException,
            InterruptedException {
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), Devhost.shared().baseUrl(), user)
                .redirectErrorStream(true);
        builder.environment().put("CONFLUENCE_PASSWORD", password);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script ended");
        String output = new String(out, StandardCharsets.UTF_8);
        System.out.println(output);
        return new Run(process.exitValue(), output);
    }
}
