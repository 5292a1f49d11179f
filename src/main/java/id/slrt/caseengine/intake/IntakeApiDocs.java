package id.slrt.caseengine.intake;

import id.slrt.caseengine.catalogue.PpksTypes;
import id.slrt.caseengine.catalogue.ServiceRouting;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI document lists the services the routing decision serves right now as the allowed values of
 * {@code serviceType}: a service an analyst adds to the routing table appears there without a code change
 * ({@code springdoc.cache.disabled}, so the document is built for each request).
 */
@Component
public class IntakeApiDocs implements OpenApiCustomizer {

    private final ServiceRouting routing;
    private final PpksTypes ppksTypes;

    public IntakeApiDocs(ServiceRouting routing, PpksTypes ppksTypes) {
        this.routing = routing;
        this.ppksTypes = ppksTypes;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Schema request = api.getComponents().getSchemas().get("CaseIntakeRequest");
        if (request == null || request.getProperties() == null) {
            return;
        }
        Schema serviceType = (Schema) request.getProperties().get("serviceType");
        if (serviceType != null) {
            serviceType.setEnum(new java.util.ArrayList<>(routing.availableServiceTypes()));
        }
        Schema ppks = (Schema) request.getProperties().get("ppksTypes");
        if (ppks != null && ppks.getItems() != null) {
            ppks.getItems().setEnum(new java.util.ArrayList<>(ppksTypes.all().stream().map(PpksTypes.PpksType::code).toList()));
        }
    }
}
