package fr.relais.kernel.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /api. Each resource states its roles with @Allowed. */
@ApplicationPath("api")
public class ApiApplication extends Application {}
