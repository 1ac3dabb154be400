package org.samvad.admin.summary;

import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * Describes a {@link Cell} in the OpenAPI description as what it is in JSON: a number,
 * or {@code {"suppressed": true}}.
 */
@Configuration(proxyBeanMethods = false)
class FigureSchema {

    static {
        Schema<?> withheld = new ObjectSchema().addProperty("suppressed", new BooleanSchema()._enum(List.of(true)))
                .required(List.of("suppressed"));
        SpringDocUtils.getConfig().replaceWithSchema(Cell.class, new Schema<>()
                .oneOf(List.of(new NumberSchema(), withheld)).nullable(true)
                .description("A number, or {\"suppressed\": true} when fewer than k people are behind it"));
    }
}
