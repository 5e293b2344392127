/**
 * Benchmarks of Dossier's stages against well-known baselines, run with JMH from
 * {@code target/benchmarks.jar}: {@link org.dossier.bench.HtmlExtractionBench} (pages per second,
 * against Boilerpipe), {@link org.dossier.bench.AnalyzeBench} (tokens per second, against CoreNLP's
 * stock pipeline), the profilers that record heap and machine load beside the scores, and
 * {@link org.dossier.bench.IngestBench}, the end-to-end ingest benchmark over generated pages.
 * {@link org.dossier.bench.Report} turns a JMH results file into the tables of
 * {@code docs/benchmarks.md}, where the exact commands are.
 */
package org.dossier.bench;
