package ma.hirfa.infrastructure.lease;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/infrastructure")
@Tag(
        name = "Complexes: leases",
        description = "Leases of the units of the caller's region: schedule, payments, arrears, renewal, termination")
class LeaseApiController {

    private final LeaseService service;
    private final LeaseViews views;
    private final LeaseContract contract;

    LeaseApiController(LeaseService service, LeaseViews views, LeaseContract contract) {
        this.service = service;
        this.views = views;
        this.contract = contract;
    }

    @GetMapping("/units/{unitId}/leases")
    @Operation(summary = "Leases of a unit, newest first, each with what it owes today")
    List<LeaseView> ofUnit(@PathVariable long unitId, Locale locale) {
        return views.ofUnit(unitId, locale);
    }

    @PostMapping("/units/{unitId}/leases")
    @Operation(
            summary = "Lease a unit to an artisan (artisanId) or an organisation (organisationId)",
            description = "201 with the lease and its Location. The holder must be registered (not pending,"
                    + " suspended or struck off) and of the complex's region: 400 when unknown, 409 with the reason"
                    + " otherwise. 409 when the unit is under works, out of service, or leased for days that meet"
                    + " startsOn..endsOn (both included); two requests for the same unit run one after the other"
                    + " on every node and only the first wins. monthlyRent defaults to the unit's rent (above 0, at"
                    + " most 100000 MAD), deposit to two months of rent; endsOn after startsOn, at most 10 years"
                    + " later; dates from 1900 to 2100. One due a month is generated from startsOn. The ministry"
                    + " reads only (403).")
    ResponseEntity<LeaseView> create(@PathVariable long unitId, @Valid @RequestBody LeaseForm request, Locale locale) {
        long id = service.create(unitId, request);
        return ResponseEntity.created(URI.create("/api/v1/infrastructure/leases/" + id))
                .body(views.full(id, locale));
    }

    @GetMapping("/leases/{id}")
    @Operation(
            summary = "One lease with its schedule, payments and arrears",
            description = "arrears = dues fallen due up to today - payments (never stored); 404 outside the region")
    LeaseView get(@PathVariable long id, Locale locale) {
        return views.full(id, locale);
    }

    @PostMapping("/leases/{id}/payments")
    @Operation(
            summary = "Record a payment",
            description =
                    "amount above 0 and at most 1000000 MAD, paidOn not in the future; 409 on a terminated" + " lease.")
    ResponseEntity<LeaseView> pay(@PathVariable long id, @Valid @RequestBody PaymentForm request, Locale locale) {
        service.pay(id, request);
        return ResponseEntity.status(201).body(views.full(id, locale));
    }

    @PostMapping("/leases/{id}/renewal")
    @Operation(
            summary = "Renew: a later last day, optionally a new rent for the added months",
            description =
                    "409 when the unit is leased to someone else for the added days, or the lease is" + " terminated.")
    LeaseView renew(@PathVariable long id, @Valid @RequestBody RenewalForm request, Locale locale) {
        service.renew(id, request);
        return views.full(id, locale);
    }

    @PostMapping("/leases/{id}/termination")
    @Operation(
            summary = "End a lease early (NON_USE, ARREARS, REQUEST) with the day notice was served",
            description = "endsOn is the last day, on or after noticeOn, within the lease; the dues of later months"
                    + " are dropped and the unit is vacant from the next day. Arrears already owed remain.")
    LeaseView terminate(@PathVariable long id, @Valid @RequestBody TerminationForm request, Locale locale) {
        service.terminate(id, request);
        return views.full(id, locale);
    }

    @PostMapping("/leases/{id}/keys")
    @Operation(summary = "Record the hand-over of the keys: the day and to whom")
    LeaseView keys(@PathVariable long id, @Valid @RequestBody KeysForm request, Locale locale) {
        service.handOverKeys(id, request);
        return views.full(id, locale);
    }

    @GetMapping(value = "/leases/{id}/contract.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The lease contract, Arabic and French side by side")
    ResponseEntity<byte[]> contract(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(contract.pdf(id));
    }
}
