/**
 * Centers and municipalities: the centers' data (an administrator file, {@code flows/centers.yaml}), the 62 Tokyo
 * municipalities, place-name matching of a family's free answer and routing to the center that serves it.
 * Others use {@link jp.tokyo.mcc.directory.Directory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Centers and municipalities")
package jp.tokyo.mcc.directory;
