package dev.tauraro.script.modules.files;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;

/**
 * The fields of one {@code stat} system call that {@code os.stat_result} holds, read the fastest way
 * the JVM allows. The JDK gives all of them only through its {@code unix:} attribute view, whose
 * string interface splits the names asked for, matches them through hash sets and answers a map:
 * that was about as much of the main thread's time as the system call itself (pathlib's program
 * stats 5,000 paths per loop; 2.0 against 1.2 us per call for the typed read on this project's
 * machine). The typed read, {@code Files.readAttributes(p, PosixFileAttributes.class)}, returns the
 * JDK's {@code sun.nio.fs.UnixFileAttributes}, which holds every field but shows st_ino, st_dev,
 * st_nlink, st_uid, st_gid, st_rdev, st_ctime and the whole st_mode only to its own package: when
 * java.base opens that package to this code ({@code bin/tauraro} passes
 * {@code --add-opens java.base/sun.nio.fs=ALL-UNNAMED}) they are read through method handles, and
 * otherwise (a Java program embedding the interpreter, another platform's JDK) through the view.
 */
record StatFields(long mode, long ino, long dev, long rdev, long nlink, long uid, long gid, long size,
                  FileTime atime, FileTime mtime, FileTime ctime) {
    /** uid_t and gid_t are unsigned 32-bit numbers, which the JDK gives as int: 4294967294 read as -2. */
    StatFields {
        uid &= 0xFFFFFFFFL;
        gid &= 0xFFFFFFFFL;
    }

    private static final String ATTRIBUTES = "unix:mode,ino,dev,rdev,nlink,uid,gid,size,lastAccessTime,"
            + "lastModifiedTime,ctime";

    /** The UnixFileAttributes accessors, each as (Object) -> its value; null when the package is closed. */
    private static final MethodHandle MODE;
    private static final MethodHandle INO;
    private static final MethodHandle DEV;
    private static final MethodHandle RDEV;
    private static final MethodHandle NLINK;
    private static final MethodHandle UID;
    private static final MethodHandle GID;
    private static final MethodHandle CTIME;
    /** The class the typed read must return for the handles to apply (null: the view only). */
    private static final Class<?> UNIX_ATTRIBUTES;

    static {
        MethodHandle[] h = new MethodHandle[8];
        Class<?> c = null;
        try {
            c = Class.forName("sun.nio.fs.UnixFileAttributes");
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
            String[] names = {"mode", "ino", "dev", "rdev", "nlink", "uid", "gid", "ctime"};
            for (int i = 0; i < names.length; i++) {
                MethodHandle m = l.findVirtual(c, names[i], MethodType.methodType(c.getDeclaredMethod(names[i])
                        .getReturnType()));
                h[i] = m.asType(MethodType.methodType(i == 7 ? FileTime.class : long.class, Object.class));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // closed to us (IllegalAccessException), or a JDK without that class or those methods
            c = null;
        }
        UNIX_ATTRIBUTES = c;
        MODE = h[0];
        INO = h[1];
        DEV = h[2];
        RDEV = h[3];
        NLINK = h[4];
        UID = h[5];
        GID = h[6];
        CTIME = h[7];
    }

    /** Whether {@link #of} reads the JDK's UnixFileAttributes (java.base opens sun.nio.fs to this code). */
    static boolean direct() {
        return UNIX_ATTRIBUTES != null;
    }

    /** The fields of {@code p} (of the link itself when {@code options} has NOFOLLOW_LINKS). */
    static StatFields of(Path p, LinkOption[] options) throws IOException {
        if (UNIX_ATTRIBUTES != null) {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, options);
            if (UNIX_ATTRIBUTES.isInstance(a)) {
                try {
                    return new StatFields((long) MODE.invokeExact((Object) a), (long) INO.invokeExact((Object) a),
                            (long) DEV.invokeExact((Object) a), (long) RDEV.invokeExact((Object) a),
                            (long) NLINK.invokeExact((Object) a), (long) UID.invokeExact((Object) a),
                            (long) GID.invokeExact((Object) a), a.size(), a.lastAccessTime(),
                            a.lastModifiedTime(), (FileTime) CTIME.invokeExact((Object) a));
                } catch (Throwable e) {
                    throw new IllegalStateException(e); // accessors of plain fields: nothing to throw
                }
            }
        }
        return viaView(p, options);
    }

    /** {@link #of} through the {@code unix:} view's map. */
    static StatFields viaView(Path p, LinkOption[] options) throws IOException {
        Map<String, Object> u = Files.readAttributes(p, ATTRIBUTES, options);
        return new StatFields(number(u, "mode"), number(u, "ino"), number(u, "dev"), number(u, "rdev"),
                number(u, "nlink"), number(u, "uid"), number(u, "gid"), number(u, "size"),
                (FileTime) u.get("lastAccessTime"), (FileTime) u.get("lastModifiedTime"), (FileTime) u.get("ctime"));
    }

    private static long number(Map<String, Object> u, String name) {
        return ((Number) u.get(name)).longValue();
    }
}
