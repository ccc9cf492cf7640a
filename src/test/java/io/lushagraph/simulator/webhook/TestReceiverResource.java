package io.lushagraph.simulator.webhook;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The HTTP face of {@link TestReceiver}: {@code GET} answers challenges, {@code POST} takes deliveries. */
@Path("/test-receiver/{name}")
@Produces(MediaType.APPLICATION_JSON)
public class TestReceiverResource {

    private final TestReceiver receiver;
    private final ObjectMapper mapper;

    public TestReceiverResource(TestReceiver receiver, ObjectMapper mapper) {
        this.receiver = receiver;
        this.mapper = mapper;
    }

    @GET
    public Response challenge(@RestPath String name, @RestQuery String challenge) {
        String echo = receiver.answersChallenge(name) ? challenge : "wrong";
        return Response.ok(Map.of("challenge", echo)).build();
    }

    @POST
    public Response deliver(@RestPath String name, @RestHeader("X-Lusha-Signature") String signature,
            @RestHeader("X-Lusha-Timestamp") String timestamp, @RestHeader("User-Agent") String userAgent,
            @RestHeader("Content-Type") String contentType, byte[] body) throws IOException, InterruptedException {
        boolean ack = receiver.receive(name,
                new TestReceiver.Delivery(body, signature, timestamp, userAgent, contentType));
        Thread.sleep(receiver.delayOf(name));
        if (!ack) {
            return Response.serverError().entity(Map.of("error", "failing on purpose")).build();
        }
        String id = mapper.readTree(body).path("id").asText(null);
        return Response.status(201).entity(Map.of("received", true, "webhookId", id == null ? "" : id,
                "timestamp", Instant.now().toString())).build();
    }
}
