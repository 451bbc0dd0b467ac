package ma.hirfa.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoring page of the signed-in committee member: for each application, the declaration of no conflict of
 * interest, then one score and one justification per criterion of the grid.
 */
@Controller
class CommitteeController {

    /** One application as the member sees it: declared or not, and their own scores so far. */
    record Sheet(
            CallViews.StandingView application,
            boolean declared,
            Map<CriterionCode, Integer> scores,
            Map<CriterionCode, String> justifications) {}

    private final Calls calls;
    private final Committee committee;
    private final Results results;
    private final CommitteeRepository repository;
    private final CallViews views;
    private final CurrentUsers users;
    private final FormPages forms;

    CommitteeController(
            Calls calls,
            Committee committee,
            Results results,
            CommitteeRepository repository,
            CallViews views,
            CurrentUsers users,
            FormPages forms) {
        this.calls = calls;
        this.committee = committee;
        this.results = results;
        this.repository = repository;
        this.views = views;
        this.users = users;
        this.forms = forms;
    }

    @GetMapping("/calls/{id}/committee")
    String sheets(@PathVariable long id, Locale locale, Model model) {
        Call call = calls.get(id);
        model.addAttribute("call", views.call(call, locale));
        Optional<Member> seat = committee.seat(call, users.current().username());
        model.addAttribute("member", seat.orElse(null));
        List<Sheet> sheets = new ArrayList<>();
        if (seat.isPresent()) {
            long me = seat.get().id();
            List<String> declared = repository.declarations(id);
            List<Score> mine = repository.scores(id).stream()
                    .filter(s -> s.memberId() == me)
                    .toList();
            for (Standing s : results.standings(call)) {
                long applicationId = s.application().id();
                List<Score> these = mine.stream()
                        .filter(x -> x.applicationId() == applicationId)
                        .toList();
                sheets.add(new Sheet(
                        views.standing(s),
                        declared.contains(me + ":" + applicationId),
                        these.stream().collect(Collectors.toMap(Score::code, Score::score)),
                        these.stream().collect(Collectors.toMap(Score::code, Score::justification))));
            }
        }
        model.addAttribute("sheets", sheets);
        return "calls/committee";
    }

    @PostMapping("/calls/{id}/committee/{applicationId}/declaration")
    String declare(
            @PathVariable long id, @PathVariable long applicationId, Locale locale, RedirectAttributes redirect) {
        return forms.redirect(
                "/calls/" + id + "/committee",
                locale,
                redirect,
                () -> committee.declare(id, applicationId),
                "calls.declaration.saved");
    }

    /** The scores arrive as {@code score-<CODE>} and {@code why-<CODE>}; a blank score is left as it was. */
    @PostMapping("/calls/{id}/committee/{applicationId}/scores")
    String score(
            @PathVariable long id,
            @PathVariable long applicationId,
            @RequestParam Map<String, String> fields,
            Locale locale,
            RedirectAttributes redirect) {
        List<ScoreForm.Line> lines = new ArrayList<>();
        for (CriterionCode code : CriterionCode.values()) {
            String value = fields.get("score-" + code);
            if (value != null && !value.isBlank()) {
                Integer score;
                try {
                    score = Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    score = -1;
                }
                lines.add(new ScoreForm.Line(code, score, fields.get("why-" + code)));
            }
        }
        return forms.redirect(
                "/calls/" + id + "/committee",
                locale,
                redirect,
                () -> committee.score(id, applicationId, new ScoreForm(lines)),
                "calls.score.saved");
    }
}
