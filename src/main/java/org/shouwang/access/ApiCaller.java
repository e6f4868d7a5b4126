package org.shouwang.access;

import org.shouwang.shared.Department;
import org.shouwang.shared.RegionCode;

/**
 * A department's program calling with an API key instead of a signed-in user: it may push that department's feed
 * for households within the key's region scope, and nothing else.
 */
public record ApiCaller(long keyId, String name, Department department, RegionCode scope) implements java.io.Serializable {

    /** How feeds record who sent them. */
    public String sender() {
        return "接口密钥#" + keyId + " " + name;
    }
}
