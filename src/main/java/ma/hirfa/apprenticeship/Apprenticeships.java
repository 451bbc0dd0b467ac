package ma.hirfa.apprenticeship;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about apprenticeships (VAE juries check conflicts of interest with it). */
@Service
@Transactional(readOnly = true)
public class Apprenticeships {

    private final JdbcTemplate jdbc;

    Apprenticeships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the artisan was, or is, an apprentice of this master: linked by id in a contract, or recorded
     * there with the same national id. Abandoned contracts count too: the bond existed.
     */
    public boolean wasApprenticeOf(long masterArtisanId, long artisanId, String nationalId) {
        Long found = jdbc.queryForObject(
                "select count(*) from app_contract where master_id = ? and (apprentice_artisan_id = ?"
                        + " or (apprentice_national_id is not null and apprentice_national_id = ?))",
                Long.class,
                masterArtisanId,
                artisanId,
                nationalId == null ? "" : nationalId);
        return found != null && found > 0;
    }
}
