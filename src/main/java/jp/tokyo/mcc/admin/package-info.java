/**
 * Administrator files in the database: every file that some module registers a kind for (flows, FAQ, safety words,
 * centers, prepared replies, conversation tests...) is kept as numbered versions, the newest live, with at most one
 * draft per file. Drafts are validated by the owning module as they are typed and kept even with problems;
 * publishing (or going back to an earlier version) is atomic and makes every module reload at once
 * ({@link jp.tokyo.mcc.shared.AdminFilesPublished}); who did it is audited. The flows/ folder (or the packaged copy)
 * seeds the first versions; files are imported and exported as YAML or a zip of the folder. The modules read the
 * files through {@link jp.tokyo.mcc.shared.AdminFiles}; the console edits them through {@link jp.tokyo.mcc.admin.AdminFileCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrator files")
package jp.tokyo.mcc.admin;
