package ma.hirfa.infrastructure.lease;

import java.util.Locale;
import ma.hirfa.infrastructure.unit.ComplexRef;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.list.ListOption;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The leases of a complex with the arrears of each and of the whole complex. */
@Controller
class ComplexLeasesController {

    private final LeaseQueries queries;
    private final Units units;

    ComplexLeasesController(LeaseQueries queries, Units units) {
        this.queries = queries;
        this.units = units;
    }

    @GetMapping("/infrastructure/complexes/{id}/leases")
    String list(
            @PathVariable long id,
            @RequestParam(required = false) LeaseFilter show,
            ListRequest list,
            Locale locale,
            Model model) {
        ComplexRef complex = units.complex(id);
        Sort order = list.sort(LeaseQueries.SORTS);
        model.addAttribute("complex", complex);
        model.addAttribute("complexName", complex.name(locale));
        model.addAttribute("leases", queries.search(id, show, order, list.page()));
        model.addAttribute("links", list.links(order));
        model.addAttribute("show", show);
        model.addAttribute("showOptions", ListOption.of(LeaseFilter.values(), "infrastructure.lease.filter"));
        model.addAttribute("totalArrears", queries.totalArrears(id));
        return "infrastructure/leases/list";
    }
}
