package ma.hirfa.registry.artisan;

import java.time.Clock;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The timeline of artisan files. */
@Repository
public class ArtisanTimeline extends FileTimeline<ArtisanStatus> {

    ArtisanTimeline(JdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        super(jdbc, users, clock, "reg_artisan_event", "artisan_id", ArtisanStatus.class);
    }
}
