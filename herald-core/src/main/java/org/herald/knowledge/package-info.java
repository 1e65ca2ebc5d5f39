/**
 * Readers of Herald's knowledge files. {@link org.herald.knowledge.KnowledgeSource} finds a file shipped under
 * {@code herald/} on the class path and, overlaying it, the file of the same name in the user's folder
 * ({@code --knowledge DIR}); {@link org.herald.knowledge.TsvReader} reads the tab-separated format (comment header,
 * column row, {@code |}-separated lists) and fails with {@code file:line}. Each stage's own reader turns rows into its
 * tables. Formats: docs/knowledge.md.
 */
package org.herald.knowledge;
