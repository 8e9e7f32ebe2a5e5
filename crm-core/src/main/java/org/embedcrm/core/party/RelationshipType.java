package org.embedcrm.core.party;

import java.util.Objects;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * A kind of link between two contacts, e.g. "Referral" (inverse "Referred by") or "Partner" (no inverse: the same
 * word from both sides).
 *
 * @param id           never null
 * @param tenant       never null
 * @param version      the stored version: 0 when new and when just added, one more after each update
 * @param name         1 to 60 characters, unique in the tenant regardless of case; the label seen from the source
 * @param inverseLabel the label seen from the target, or null when it reads the same both ways
 */
public record RelationshipType(RelationshipTypeId id, TenantId tenant, long version, String name,
                               String inverseLabel) {

    /** Rejects missing parts and invalid labels. */
    public RelationshipType {
        Objects.requireNonNull(id, "relationship type id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, 60);
        inverseLabel = inverseLabel == null || inverseLabel.isBlank() ? null : Names.require("inverseLabel", inverseLabel, 60);
    }

    /** @return the label as seen from the target contact */
    public String labelFromTarget() {
        return inverseLabel == null ? name : inverseLabel;
    }
}
