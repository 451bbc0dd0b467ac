package ma.hirfa.registry.artisan;

import java.util.List;
import java.util.Set;
import ma.hirfa.matching.IdentityIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the identity index with the files of the register it lacks, when it holds fewer than the register (first
 * start after the upgrade that brought the index, a restored database, or a file whose index update never came).
 * The register is walked by id, a page at a time read by key (no {@code OFFSET}: the last page costs what the
 * first does), and only the files the index does not hold are read and written, so a register of a million files
 * missing a few entries is mended in seconds, not rewritten. Idempotent: each file is replaced.
 */
@Component
@Order(20)
class ArtisanIndexBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ArtisanIndexBackfill.class);
    private static final int PAGE = 5000;

    private final ArtisanRepository artisans;
    private final ArtisanIdentities identities;
    private final IdentityIndex index;
    private final TransactionTemplate transactions;

    ArtisanIndexBackfill(
            ArtisanRepository artisans,
            ArtisanIdentities identities,
            IdentityIndex index,
            TransactionTemplate transactions) {
        this.artisans = artisans;
        this.identities = identities;
        this.index = index;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        long files = artisans.countByStatusNot(ArtisanStatus.MERGED);
        long held = index.size();
        if (held >= files) {
            return;
        }
        LOG.info("The identity index holds {} of the register's {} files: adding the missing ones", held, files);
        long added = 0;
        long after = 0;
        while (true) {
            List<Long> ids = artisans.idsToIndexAfter(after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            after = ids.get(ids.size() - 1);
            Set<Long> present = index.heldAmong(ids);
            List<Long> missing =
                    ids.stream().filter(id -> !present.contains(id)).toList();
            if (!missing.isEmpty()) {
                List<Artisan> batch = artisans.findAllById(missing);
                transactions.executeWithoutResult(status -> identities.followAll(batch));
                added += batch.size();
            }
        }
        LOG.info("Identity index: {} files added", added);
    }
}
