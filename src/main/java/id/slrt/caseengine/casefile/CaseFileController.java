package id.slrt.caseengine.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
public class CaseFileController {

    private final CaseViewService views;

    public CaseFileController(CaseViewService views) {
        this.views = views;
    }

    @GetMapping(value = "/{registrationNumber}", produces = "application/json")
    @Operation(summary = "A case with its people, open tasks and event log")
    public CaseView get(@PathVariable String registrationNumber) {
        return views.view(registrationNumber);
    }
}
