package ma.hirfa;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
        ApplicationModules.of(HirfaApplication.class).verify();
    }
}
