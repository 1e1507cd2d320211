package com.skillgap.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a matrix file (format: {@code scoring.md}) and refuses one that breaks a rule, with a message naming the
 * entry: duplicate id or alias, unknown role in {@code required}, a level outside the scale, a responsibility no role
 * requires, a weight outside 1–3, a name that is a reserved identity header.
 */
public final class MatrixLoader {

	private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private MatrixLoader() {
	}

	public static Matrix load(InputStream input, String source) {
		Object document;
		try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			document = new Yaml(new SafeConstructor(options)).load(reader);
		}
		catch (YAMLException | IOException ex) {
			throw new InvalidMatrixException("Matrix " + source + " is not readable YAML: " + ex.getMessage(), ex);
		}
		return new Parse(source).matrix(document);
	}

	/** One parse of one file: knows the file name for every message. */
	private static final class Parse {

		private final String source;

		private Parse(String source) {
			this.source = source;
		}

		Matrix matrix(Object document) {
			Map<String, Object> root = map(document, "the file");
			String id = text(root, "id", "the file");
			String version = text(root, "version", "the file");
			ProficiencyScale scale = root.containsKey("scale") ? scale(root.get("scale")) : ProficiencyScale.DEFAULT;
			List<Role> roles = roles(root.get("roles"));
			List<Responsibility> responsibilities = responsibilities(root.get("responsibilities"), roles, scale);
			return new Matrix(id, version, scale, roles, responsibilities);
		}

		private ProficiencyScale scale(Object node) {
			List<ScaleLevel> levels = new ArrayList<>();
			Map<String, String> names = new HashMap<>();
			for (Object entry : list(node, "scale")) {
				Map<String, Object> level = map(entry, "scale entry " + (levels.size() + 1));
				String where = "scale entry " + (levels.size() + 1);
				int number = integer(level, "level", where);
				if (number != levels.size()) {
					throw refuse(where + ": level " + number + " should be " + levels.size()
							+ " (levels are consecutive from 0)");
				}
				String name = text(level, "name", where);
				String previous = names.put(HeaderText.normalise(name), name);
				if (previous != null) {
					throw refuse(where + ": level name '" + name + "' is used twice");
				}
				levels.add(new ScaleLevel(number, name, optionalText(level, "description")));
			}
			if (levels.size() < 2) {
				throw refuse("scale: needs at least two levels");
			}
			return new ProficiencyScale(levels);
		}

		private List<Role> roles(Object node) {
			List<Role> roles = new ArrayList<>();
			Map<String, String> names = new HashMap<>();
			for (Object entry : list(node, "roles")) {
				Map<String, Object> fields = map(entry, "role " + (roles.size() + 1));
				String id = kebabId(fields, "role " + (roles.size() + 1));
				String where = "role '" + id + "'";
				if (roles.stream().anyMatch(role -> role.id().equals(id))) {
					throw refuse(where + ": '" + id + "' is already used by role '" + id + "' (ids must be unique)");
				}
				Role role = new Role(id, text(fields, "name", where), texts(fields, "aliases", where),
						optionalText(fields, "objective"));
				claim(names, role.id(), where);
				claim(names, role.name(), where);
				role.aliases().forEach(alias -> claim(names, alias, where));
				roles.add(role);
			}
			if (roles.isEmpty()) {
				throw refuse("roles: the matrix names no role");
			}
			return roles;
		}

		private List<Responsibility> responsibilities(Object node, List<Role> roles, ProficiencyScale scale) {
			List<Responsibility> responsibilities = new ArrayList<>();
			Map<String, String> names = new HashMap<>();
			for (Object entry : list(node, "responsibilities")) {
				Map<String, Object> fields = map(entry, "responsibility " + (responsibilities.size() + 1));
				String id = kebabId(fields, "responsibility " + (responsibilities.size() + 1));
				String where = "responsibility '" + id + "'";
				if (responsibilities.stream().anyMatch(r -> r.id().equals(id))) {
					throw refuse(where + ": '" + id + "' is already used by responsibility '" + id
							+ "' (ids must be unique)");
				}
				String name = text(fields, "name", where);
				List<String> aliases = texts(fields, "aliases", where);
				int weight = integer(fields, "weight", where);
				if (weight < 1 || weight > 3) {
					throw refuse(where + ": weight " + weight + " is outside 1–3");
				}
				Map<String, Integer> required = required(fields.get("required"), where, roles, scale);
				if (required.values().stream().noneMatch(level -> level > 0)) {
					throw refuse(where + ": no role requires it (give at least one role a level above 0)");
				}
				for (String text : withAliases(id, name, aliases)) {
					if (IdentityColumn.isReserved(text)) {
						throw refuse(where + ": '" + text + "' is a reserved column header ("
								+ IdentityColumn.forHeader(text).orElseThrow().headers().get(0)
								+ "); choose another name or alias");
					}
					claim(names, text, where);
				}
				responsibilities.add(new Responsibility(id, name, text(fields, "area", where),
						optionalText(fields, "description"), aliases, weight, required,
						texts(fields, "learning", where)));
			}
			if (responsibilities.isEmpty()) {
				throw refuse("responsibilities: the matrix names no responsibility");
			}
			for (Role role : roles) {
				if (responsibilities.stream().noneMatch(r -> r.isRequiredBy(role.id()))) {
					throw refuse("role '" + role.id() + "': no responsibility requires it, so its fit cannot be computed");
				}
			}
			return responsibilities;
		}

		private Map<String, Integer> required(Object node, String where, List<Role> roles, ProficiencyScale scale) {
			Map<String, Integer> required = new LinkedHashMap<>();
			if (node == null) {
				return required;
			}
			Map<String, Object> levels = map(node, where + " required");
			for (Map.Entry<String, Object> entry : levels.entrySet()) {
				String roleId = entry.getKey();
				if (roles.stream().noneMatch(role -> role.id().equals(roleId))) {
					throw refuse(where + ": required names unknown role '" + roleId + "'");
				}
				if (!(entry.getValue() instanceof Integer level)) {
					throw refuse(where + ": required level for '" + roleId + "' must be a whole number");
				}
				if (!scale.contains(level)) {
					throw refuse(where + ": required level " + level + " for '" + roleId
							+ "' is outside the scale 0–" + scale.highest());
				}
				required.put(roleId, level);
			}
			return required;
		}

		private static List<String> withAliases(String id, String name, List<String> aliases) {
			List<String> all = new ArrayList<>();
			all.add(id);
			if (!HeaderText.normalise(name).equals(HeaderText.normalise(id))) {
				all.add(name);
			}
			all.addAll(aliases);
			return all;
		}

		/** Records that a (normalised) text names the entry {@code where}; a second entry may not use it. */
		private void claim(Map<String, String> names, String text, String where) {
			String previous = names.putIfAbsent(HeaderText.normalise(text), where);
			if (previous != null && !previous.equals(where)) {
				throw refuse(where + ": '" + text + "' is already used by " + previous);
			}
		}

		private String kebabId(Map<String, Object> fields, String where) {
			String id = text(fields, "id", where);
			if (!KEBAB_CASE.matcher(id).matches()) {
				throw refuse(where + ": id '" + id + "' must be kebab-case (a-z, 0-9 and single '-')");
			}
			return id;
		}

		@SuppressWarnings("unchecked")
		private Map<String, Object> map(Object node, String where) {
			if (node instanceof Map<?, ?> map) {
				for (Object key : map.keySet()) {
					if (!(key instanceof String)) {
						throw refuse(where + ": key " + key + " is not text");
					}
				}
				return (Map<String, Object>) map;
			}
			throw refuse(where + ": expected a mapping of keys to values");
		}

		private List<?> list(Object node, String where) {
			if (node instanceof List<?> list) {
				return list;
			}
			throw refuse(where + ": expected a list");
		}

		private String text(Map<String, Object> fields, String key, String where) {
			Object value = fields.get(key);
			if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
				throw refuse(where + ": '" + key + "' is missing");
			}
			return value.toString().strip();
		}

		private String optionalText(Map<String, Object> fields, String key) {
			Object value = fields.get(key);
			return value == null ? "" : value.toString().strip();
		}

		private int integer(Map<String, Object> fields, String key, String where) {
			if (fields.get(key) instanceof Integer value) {
				return value;
			}
			throw refuse(where + ": '" + key + "' must be a whole number");
		}

		private List<String> texts(Map<String, Object> fields, String key, String where) {
			Object value = fields.get(key);
			if (value == null) {
				return List.of();
			}
			List<String> texts = new ArrayList<>();
			for (Object item : list(value, where + " " + key)) {
				if (item == null || item instanceof Map || item instanceof List || item.toString().isBlank()) {
					throw refuse(where + ": every entry of '" + key + "' must be text");
				}
				texts.add(item.toString().strip());
			}
			return texts;
		}

		private InvalidMatrixException refuse(String problem) {
			return new InvalidMatrixException("Matrix " + this.source + " refused: " + problem);
		}

	}

}
