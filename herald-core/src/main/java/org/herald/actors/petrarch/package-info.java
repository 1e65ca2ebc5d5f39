/**
 * Readers for PETRARCH/TABARI actor and agent dictionaries, and a converter to Herald's actor knowledge files.
 * Used by {@code herald actors import}; the pipeline never reads these formats itself.
 */
package org.herald.actors.petrarch;
