package ma.hirfa.training.session;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The attendance sheet of a day, made for a phone held at the door of the caravan: tick who is there. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class AttendanceController {

    private static final int SAVE_ATTEMPTS = 3;

    private final FormPages forms;
    private final Sessions sessions;
    private final AttendanceSheets sheets;

    AttendanceController(Sessions sessions, AttendanceSheets sheets, FormPages forms) {
        this.forms = forms;
        this.sessions = sessions;
        this.sheets = sheets;
    }

    @GetMapping("/training/sessions/{id}/attendance")
    String sheet(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Locale locale,
            Model model) {
        TrainingSession session = sessions.get(id);
        LocalDate today = sheets.today();
        LocalDate shown = day != null ? day : session.includes(today) ? today : session.startsOn();
        model.addAttribute("trainingSession", sessions.view(session, Language.of(locale)));
        model.addAttribute(
                "days",
                session.startsOn().datesUntil(session.endsOn().plusDays(1)).toList());
        model.addAttribute("day", shown);
        if (session.includes(shown)) {
            model.addAttribute("lines", sheets.sheet(session, shown));
            model.addAttribute("future", shown.isAfter(today));
        } else {
            model.addAttribute("lines", List.of());
            model.addAttribute("errors", forms.messages(Refusal.invalid("training.attendance.outside"), locale));
        }
        return "training/sessions/attendance";
    }

    /**
     * Saves the sheet; {@code all} marks every trainee present (the usual day, one tap on a phone). Another agent
     * saving the same sheet at the same moment holds its rows: the save is tried again, then the user is asked to
     * try again; the whole sheet is one transaction, so nothing is ever half-written.
     */
    @PostMapping("/training/sessions/{id}/attendance")
    String record(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) List<Long> present,
            @RequestParam(defaultValue = "false") boolean all,
            Locale locale,
            RedirectAttributes redirect) {
        TrainingSession session = sessions.get(id);
        String target = "/training/sessions/" + id + "/attendance?day=" + day;
        try {
            return forms.redirect(
                    target, locale, redirect, () -> save(session, day, present, all), "training.attendance.saved");
        } catch (TransientDataAccessException | DuplicateKeyException busy) {
            forms.flash(Refusal.conflict("training.attendance.busy"), locale, redirect);
            return "redirect:" + target;
        }
    }

    private void save(TrainingSession session, LocalDate day, List<Long> present, boolean all) {
        for (int attempt = 1; ; attempt++) {
            try {
                Set<Long> marked = all
                        ? sheets.sheet(session, day).stream()
                                .map(AttendanceLine::enrolmentId)
                                .collect(Collectors.toSet())
                        : new HashSet<>(present == null ? List.of() : present);
                sheets.record(session, day, marked);
                return;
            } catch (TransientDataAccessException | DuplicateKeyException busy) {
                // a lock wait or a mark inserted by a concurrent save: the transaction rolled back, try once more
                if (attempt == SAVE_ATTEMPTS) {
                    throw busy;
                }
            }
        }
    }
}
