package ma.hirfa.training;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the programme catalogue (shared by every region). Added for VAE, whose
 * juries prescribe a programme after a partial validation.
 */
@Service
@Transactional(readOnly = true)
public class TrainingProgrammes {

    private final JdbcClient jdbc;

    TrainingProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProgrammeSummary> find(long id) {
        return jdbc.sql("select id, title_ar, title_fr, title_zgh, hours, craft_codes from trn_programme where id = ?")
                .param(id)
                .query((rs, n) -> new ProgrammeSummary(
                        rs.getLong("id"),
                        rs.getString("title_ar"),
                        rs.getString("title_fr"),
                        rs.getString("title_zgh"),
                        rs.getInt("hours"),
                        crafts(rs.getString("craft_codes"))))
                .optional();
    }

    /** Programmes for a craft (or for every craft), newest first: what a jury may prescribe. */
    public List<ProgrammeSummary> forCraft(String craftCode) {
        return jdbc.sql("select id from trn_programme order by id desc").query(Long.class).list().stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .filter(p -> p.crafts().isEmpty() || p.crafts().contains(craftCode))
                .toList();
    }

    private static List<String> crafts(String codes) {
        return codes == null || codes.isBlank()
                ? List.of()
                : Arrays.stream(codes.split("[,;\\s]+"))
                        .filter(c -> !c.isBlank())
                        .toList();
    }
}
