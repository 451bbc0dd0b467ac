package ma.hirfa.registry.organisation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.list.ListLinks;
import ma.hirfa.platform.list.ListOption;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The list and the page of an organisation: details, members, workflow buttons and timeline. */
@Controller
class OrganisationController {

    private final OrganisationService service;
    private final OrganisationWorkflow workflow;
    private final OrganisationTimeline timeline;
    private final OrganisationViews views;
    private final ReferenceData reference;
    private final CurrentUsers users;

    OrganisationController(
            OrganisationService service,
            OrganisationWorkflow workflow,
            OrganisationTimeline timeline,
            OrganisationViews views,
            ReferenceData reference,
            CurrentUsers users) {
        this.service = service;
        this.workflow = workflow;
        this.timeline = timeline;
        this.views = views;
        this.reference = reference;
        this.users = users;
    }

    @GetMapping("/registry/organisations")
    String list(
            @ModelAttribute("search") OrganisationSearch search,
            ListRequest asked,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Sort order = asked.sort(OrganisationQueries.SORTS);
        ListPage<Organisation> result = service.search(search, order, asked.page());
        Language language = Language.of(locale);
        model.addAttribute("organisations", result.map(o -> views.of(o, language)));
        model.addAttribute("links", ListLinks.of(request, order));
        model.addAttribute(
                "provinceOptions",
                reference.provinces(users.current().scope().restriction().orElse(null)).stream()
                        .map(p -> ListOption.named(p.code(), p.names().in(language)))
                        .toList());
        model.addAttribute("kindOptions", ListOption.of(OrganisationKind.values(), "registry.organisation.kind"));
        model.addAttribute("statuses", OrganisationStatus.values());
        return "registry/organisations/list";
    }

    @GetMapping("/registry/organisations/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Organisation organisation = service.get(id);
        model.addAttribute("organisation", views.of(organisation, Language.of(locale)));
        model.addAttribute("transitions", workflow.available(organisation));
        model.addAttribute("events", timeline.of(id));
        model.addAttribute("roles", MemberRole.values());
        return "registry/organisations/show";
    }
}
