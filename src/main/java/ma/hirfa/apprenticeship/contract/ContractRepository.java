package ma.hirfa.apprenticeship.contract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Contracts and their logbook; the user's region is part of every query that lists or finds a contract. */
@Repository
class ContractRepository {

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contract> find(long id, RegionScope scope) {
        Criteria scoped = Criteria.scoped(scope);
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(scoped.args());
        return jdbc.sql("select * from app_contract where id = ?" + scoped.and())
                .params(args)
                .query(Contract.class)
                .optional();
    }

    /** The columns the list may be sorted on; newest first unless the user chose another. */
    static final SortColumns SORTS = SortColumns.by("recent", "id", false)
            .or("status", "status")
            .or("craft", "craft_code")
            .build();

    ListPage<Contract> search(RegionScope scope, ContractStatus status, Sort sort, PageSpec page) {
        return Listing.page(
                jdbc, "app_contract", Criteria.scoped(scope).equal("status", status), sort, page, Contract.class);
    }

    /**
     * Takes the master's lock row until the transaction ends: creations of contracts for the same master run
     * one after the other on every node, so the running count they check cannot be stale.
     */
    void lockMaster(long masterId) {
        jdbc.sql("insert into app_master_lock (master_id) values (?) on conflict do nothing")
                .param(masterId)
                .update();
        jdbc.sql("select master_id from app_master_lock where master_id = ? for update")
                .param(masterId)
                .query(Long.class)
                .single();
    }

    int runningFor(long masterId) {
        return jdbc.sql("select count(*) from app_contract where master_id = ? and status = 'RUNNING'")
                .param(masterId)
                .query(Integer.class)
                .single();
    }

    long insert(Contract c) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_contract (region_code, province_code, apprentice_first_name, apprentice_last_name,"
                        + " apprentice_national_id, apprentice_birth_date, apprentice_phone, apprentice_artisan_id,"
                        + " master_id, workshop_name, centre_name, craft_code, training_level, starts_on, ends_on,"
                        + " workshop_share, centre_share, status, created_by, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        c.regionCode(),
                        c.provinceCode(),
                        c.apprenticeFirstName(),
                        c.apprenticeLastName(),
                        c.apprenticeNationalId(),
                        c.apprenticeBirthDate(),
                        c.apprenticePhone(),
                        c.apprenticeArtisanId(),
                        c.masterId(),
                        c.workshopName(),
                        c.centreName(),
                        c.craftCode(),
                        c.trainingLevel().name(),
                        c.startsOn(),
                        c.endsOn(),
                        c.workshopShare(),
                        c.centreShare(),
                        c.status().name(),
                        c.createdBy(),
                        c.createdAt(),
                        c.updatedAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Saves the end of a contract (assessment or abandonment); fails if someone changed it meanwhile. */
    void saveOutcome(Contract c, OffsetDateTime when) {
        int changed = jdbc.sql("update app_contract set status = ?, final_result = ?, final_score = ?, final_note = ?,"
                        + " assessed_on = ?, abandon_reason = ?, certificate_ref = ?, updated_at = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(
                        c.status().name(),
                        c.finalResult() == null ? null : c.finalResult().name(),
                        c.finalScore(),
                        c.finalNote(),
                        c.assessedOn(),
                        c.abandonReason(),
                        c.certificateRef(),
                        when,
                        c.id(),
                        c.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Contract " + c.id() + " changed meanwhile");
        }
    }

    void linkApprentice(long id, long artisanId, OffsetDateTime when) {
        jdbc.sql(
                        "update app_contract set apprentice_artisan_id = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(artisanId, when, id)
                .update();
    }

    List<LogbookEntry> entries(long contractId) {
        return jdbc.sql("select * from app_logbook_entry where contract_id = ? order by period_start, id")
                .param(contractId)
                .query(LogbookEntry.class)
                .list();
    }

    long insert(LogbookEntry e) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_logbook_entry (contract_id, period_start, period_end, days_planned, days_present,"
                        + " master_score, master_comment, centre_score, centre_comment, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.contractId(),
                        e.periodStart(),
                        e.periodEnd(),
                        e.daysPlanned(),
                        e.daysPresent(),
                        e.masterScore(),
                        e.masterComment(),
                        e.centreScore(),
                        e.centreComment(),
                        e.recordedBy(),
                        e.recordedAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void evaluate(long entryId, EvaluationForm.Evaluator by, int score, String comment) {
        String columns = by == EvaluationForm.Evaluator.MASTER
                ? "master_score = ?, master_comment = ?"
                : "centre_score = ?, centre_comment = ?";
        jdbc.sql("update app_logbook_entry set " + columns + " where id = ?")
                .params(score, comment, entryId)
                .update();
    }
}
