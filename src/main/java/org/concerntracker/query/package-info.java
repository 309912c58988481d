/**
 * Reading the output tables: SQL engines over them ({@link org.concerntracker.query.DuckDbEngine}
 * for local output, the Spark engine in {@code spark/} for cluster paths), results as plain Java
 * values, and how {@code query} and {@code explain} print them. No Spark here: the notebooks load
 * these classes in a small JVM of their own.
 */
package org.concerntracker.query;
