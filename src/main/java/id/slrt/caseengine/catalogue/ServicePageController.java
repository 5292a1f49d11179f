package id.slrt.caseengine.catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The citizen page {@code /layanan}: every service the office offers now (catalogue entries whose process is
 * deployed), with its requirements, the unit responsible and the time it takes, as the service standard publishes
 * them. Public, no personal data.
 */
@Controller
public class ServicePageController {

    /** A service as the page shows it. */
    public record ServiceItem(String code, String name, String description, List<String> documents, String unit,
                              String agency, String completion) {
    }

    private final ServiceCatalogue catalogue;
    private final ServiceRouting routing;
    private final DocumentKinds kinds;
    private final JdbcClient jdbc;

    public ServicePageController(ServiceCatalogue catalogue, ServiceRouting routing, DocumentKinds kinds,
                                 JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.routing = routing;
        this.kinds = kinds;
        this.jdbc = jdbc;
    }

    @GetMapping("/layanan")
    public String services(Model model) {
        Map<String, String> agencies = jdbc.sql("select code, name_id from slrt.agency")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> available = routing.availableServiceTypes();
        List<ServiceItem> items = catalogue.all().stream().filter(e -> available.contains(e.serviceType()))
                .map(e -> new ServiceItem(e.serviceType(), e.label(), e.description(),
                        e.documents().stream().map(d -> d.text() != null ? d.text()
                                : kinds.find(d.kind()).map(DocumentKinds.Kind::label).orElse(d.kind())).toList(),
                        e.unit(), e.agencyCode() == null ? null : agencies.getOrDefault(e.agencyCode(), e.agencyCode()),
                        days(e.completionTarget())))
                .toList();
        model.addAttribute("services", items);
        return "catalogue/services";
    }

    /** "P14D" as "14 hari kerja", "PT8H" as "8 jam". */
    static String days(String target) {
        if (target == null) {
            return null;
        }
        if (target.matches("P\\d+D")) {
            return target.substring(1, target.length() - 1) + " hari kerja";
        }
        if (target.matches("PT\\d+H")) {
            return target.substring(2, target.length() - 1) + " jam";
        }
        return target;
    }
}
