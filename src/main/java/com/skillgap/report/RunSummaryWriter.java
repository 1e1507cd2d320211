package com.skillgap.report;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.skillgap.report.RunSummary.FileEntry;
import com.skillgap.report.RunSummary.IssueEntry;
import com.skillgap.report.RunSummary.MatrixRef;
import com.skillgap.report.RunSummary.OrgEntry;
import com.skillgap.report.RunSummary.TeamEntry;

/**
 * Writes {@code run-summary.json} as a stream: the run's header, files and issues first, then one team at a time as
 * each is analysed, then the org's totals. Only the team being written is held, however many teams the run has.
 */
public final class RunSummaryWriter implements AutoCloseable {

	private static final ObjectWriter JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build()
		.writer();

	private final JsonGenerator json;

	/** Starts the file: everything before {@code teams}. */
	public RunSummaryWriter(OutputStream out, String quarter, String startedAt, MatrixRef matrix, String status,
			List<FileEntry> files, List<IssueEntry> issues) {
		this.json = JSON.createGenerator(out);
		this.json.writeStartObject();
		this.json.writeStringProperty("quarter", quarter);
		this.json.writeStringProperty("startedAt", startedAt);
		this.json.writePOJOProperty("matrix", matrix);
		this.json.writeStringProperty("status", status);
		this.json.writePOJOProperty("files", files);
		this.json.writePOJOProperty("issues", issues);
		this.json.writeName("teams");
		this.json.writeStartArray();
	}

	public void team(TeamEntry team) {
		this.json.writePOJO(team);
	}

	/** Ends the file with the org's totals. */
	public void finish(OrgEntry org) {
		this.json.writeEndArray();
		this.json.writePOJOProperty("org", org);
		this.json.writeEndObject();
		this.json.flush();
	}

	@Override
	public void close() {
		this.json.close();
	}

}
