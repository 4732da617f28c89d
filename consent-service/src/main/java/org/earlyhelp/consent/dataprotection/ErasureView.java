package org.earlyhelp.consent.dataprotection;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "Erasure", description = "What erasing the person erases (or, in a dry run, would erase) in each context, by context: "
        + "each a list of {recordType, recordId, personIds}; null for a context that did not answer (it erases when it reads person.erased)")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErasureView(@Schema(description = "The erasure request; absent in a dry run") UUID requestId, UUID personId, boolean dryRun,
        Map<String, JsonNode> contexts) {
}
