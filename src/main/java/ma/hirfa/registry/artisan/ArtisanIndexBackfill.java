package ma.hirfa.registry.artisan;

import java.util.List;
import ma.hirfa.matching.IdentityIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the identity index from the register when it holds fewer files than the register (first start after
 * the upgrade that brought the index, or a restored database). Idempotent: each file is replaced.
 */
@Component
@Order(20)
class ArtisanIndexBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ArtisanIndexBackfill.class);
    private static final int PAGE = 1000;

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
        if (index.size() >= files) {
            return;
        }
        LOG.info("Filling the identity index with {} files of the register", files);
        for (int page = 0; ; page++) {
            PageRequest request = PageRequest.of(page, PAGE, Sort.by("id"));
            List<Artisan> batch = artisans.findAll(request).getContent();
            if (batch.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(status -> identities.followAll(batch));
        }
    }
}
