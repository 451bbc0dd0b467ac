package ma.hirfa.platform.transfer;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Component;

/** The kinds of file other modules contributed. */
@Component
class ImportKinds {

    private final List<ImportKind> kinds;

    ImportKinds(List<ImportKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    ImportKind get(String id) {
        return kinds.stream()
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("ImportKind", id));
    }

    List<ImportKind> availableTo(CurrentUser user) {
        return kinds.stream().filter(k -> k.mayImport(user)).toList();
    }
}
