package org.herald.io.tables;

/** One column: its name, type and what it holds (docs/exports.md lists them all). */
public record Column(String name, ColumnType type, String meaning) {}
