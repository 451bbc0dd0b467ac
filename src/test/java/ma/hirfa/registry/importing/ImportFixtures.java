package ma.hirfa.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;

/** Uploading files to the import page and waiting for the job, as a user would. */
final class ImportFixtures {

    static final String HEADER = "national_id,first_name_ar,last_name_ar,first_name_lat,last_name_lat,sex,"
            + "birth_date,phone,province_code,commune_code,craft_code\n";

    private static final Pattern JOB = Pattern.compile("/transfer/imports/(\\d+)");
    private static final Pattern STATE = Pattern.compile("data-status=\"([A-Z_]+)\"");

    private ImportFixtures() {}

    /** Uploads from the import page (French) and answers the job's id. */
    static long upload(WebSession user, String source, String fileName, byte[] file) {
        user.get("/transfer/imports?lang=fr");
        WebResponse sent =
                user.upload("/transfer/imports", Map.of("kind", "artisans", "source", source), "file", fileName, file);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        Matcher job = JOB.matcher(sent.location());
        assertThat(job.find()).as(sent.location()).isTrue();
        return Long.parseLong(job.group(1));
    }

    /** Polls the job's page until it stops running; answers the page. */
    static String waitForJob(WebSession user, long job) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String page = user.get("/transfer/imports/" + job).body();
            Matcher state = STATE.matcher(page);
            assertThat(state.find()).as(page).isTrue();
            String s = state.group(1);
            if (s.equals("VALIDATED") || s.equals("COMMITTED") || s.equals("FAILED")) {
                return page;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import job " + job + " did not finish");
    }

    static String state(String page) {
        Matcher state = STATE.matcher(page);
        return state.find() ? state.group(1) : null;
    }

    static long count(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(page);
        assertThat(m.find()).as(id + " in " + page).isTrue();
        return Long.parseLong(m.group(1));
    }
}
