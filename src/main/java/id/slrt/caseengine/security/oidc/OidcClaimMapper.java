package id.slrt.caseengine.security.oidc;

import id.slrt.caseengine.security.SlrtPrincipal;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.system.Groups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The staff member behind an ID token or access token: user id, the project's groups (roles) and the regency
 * tenants, read from the token's claims only. Users need not exist in Camunda's identity tables; what the built-in
 * login reads from those tables (groups, tenant memberships) comes from the identity provider here.
 *
 * <ul>
 *   <li>user id: {@code username-claim} ({@code preferred_username}), else {@code sub};</li>
 *   <li>groups: {@code groups-claim}; each value cut to its last path segment ({@code /caseworker} ->
 *       {@code caseworker}), then renamed by {@code group-mapping}; values that are a project group
 *       ({@link Groups#ALL}) become groups, values of the form {@code r<regency>} become tenants, anything else is
 *       ignored (a province directory has many groups the engine must not see);</li>
 *   <li>tenants: also {@code regency-claim}, with regency codes ({@code 3516}) or tenant ids ({@code r3516}).</li>
 * </ul>
 */
public class OidcClaimMapper {

    private static final Pattern REGENCY = Pattern.compile("[0-9]{4}");
    /** Engine user ids: no control characters, and short enough for an assignee column. */
    private static final Pattern USER_ID = Pattern.compile("[^\\p{Cntrl}]{1,128}");

    private final OidcProperties properties;

    public OidcClaimMapper(OidcProperties properties) {
        this.properties = properties;
    }

    /** Throws {@link IllegalArgumentException} (in Indonesian) when the token names no usable user. */
    public SlrtPrincipal principal(Map<String, ?> claims) {
        String user = text(claims.get(properties.getUsernameClaim()))
                .or(() -> text(claims.get("sub")))
                .orElseThrow(() -> new IllegalArgumentException("Token tidak memuat nama pengguna ("
                        + properties.getUsernameClaim() + ")"));
        if (!USER_ID.matcher(user).matches()) {
            throw new IllegalArgumentException("Nama pengguna pada token tidak sah");
        }
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> tenants = new TreeSet<>();
        for (String value : values(claims.get(properties.getGroupsClaim()))) {
            String name = lastSegment(value);
            String mapped = properties.getGroupMapping().getOrDefault(value,
                    properties.getGroupMapping().getOrDefault(name, name));
            if (Groups.ALL.contains(mapped)) {
                groups.add(mapped);
            } else {
                RegionTenants.regencyOf(mapped).ifPresent(regency -> tenants.add(RegionTenants.tenantOf(regency)));
            }
        }
        for (String value : values(claims.get(properties.getRegencyClaim()))) {
            String code = value.toLowerCase(Locale.ROOT).startsWith("r") ? value.substring(1) : value;
            if (REGENCY.matcher(code).matches()) {
                tenants.add(RegionTenants.tenantOf(code));
            }
        }
        return new SlrtPrincipal(user, List.copyOf(groups), List.copyOf(tenants));
    }

    private static String lastSegment(String value) {
        int slash = value.lastIndexOf('/');
        return slash >= 0 ? value.substring(slash + 1) : value;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    /** A claim's values: a JSON array, or one string (values separated by commas). */
    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (item != null) {
                    values.add(item.toString().strip());
                }
            }
        } else if (claim instanceof String s) {
            for (String part : s.split(",")) {
                values.add(part.strip());
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }
}
