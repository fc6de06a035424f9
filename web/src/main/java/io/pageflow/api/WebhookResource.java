package io.pageflow.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.security.Role;
import io.pageflow.webhook.Webhooks;

/**
 * Webhooks: a URL that is sent the events it asked for, signed with its secret, retried with backoff; and what
 * was sent to it (docs/webhooks.md).
 */
@RequestScoped
@RolesAllowed(Role.O)
@Path("/webhooks")
@Tag(name = "webhooks", description = "Signed event deliveries to your URLs")
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Context
    UriInfo uriInfo;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a URL for events",
            description = "The secret is a shared secret: every delivery carries Pageflow-Signature, an HMAC-SHA256 "
                    + "of its timestamp and body with it. It is never shown again.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "INVALID_WEBHOOK_URL (not http(s), credentials in it), "
            + "WEBHOOK_TARGET_REFUSED (its host resolves to a loopback, link-local, private or reserved address), "
            + "WEBHOOK_TARGET_UNRESOLVED, UNKNOWN_EVENT, INVALID_PARAMETER (a secret under 16 characters)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid NewWebhook request) {
        WebhookView created = WebhookView.of(webhooks.register(request.url(), request.events(), request.secret()));
        return Responses.created(uriInfo, created.id(), created);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhooks", summary = "Every registered webhook")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    public List<WebhookView> list() {
        return webhooks.list().stream().map(WebhookView::of).toList();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "A registered webhook")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public WebhookView get(@PathParam("id") long id) {
        return WebhookView.of(webhooks.existing(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook and its deliveries; pending ones are not sent")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "What was sent to a webhook, newest first, a page at a time",
            description = "Each delivery with its status (pending, delivered, failed), attempts, last response code "
                    + "and error. A failed delivery is dead: it is not tried again.")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response deliveries(@PathParam("id") long id,
            @Valid @BeanParam PageParams page) {
        return Paging.page(uriInfo, webhooks.deliveries(id, page.limit(), page.offset()).stream().map(DeliveryView::of).toList(),
                webhooks.countDeliveries(id), page);
    }
}
