/**
 * Value types every module uses: ID numbers, region codes, labelled enumerations, violations and problems.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.shouwang.shared;
