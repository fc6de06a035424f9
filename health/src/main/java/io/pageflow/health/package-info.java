/** MicroProfile Health readiness checks, served by the server at /health/ready on the management port. */
package io.pageflow.health;
