/* In-place validation of a bytecode image (layout: engine/image/layout.py).
 *
 * The interpreter reads images in place and trusts them, so every image is
 * checked once before it is linked: header, checksum, the bounds and alignment
 * of every table, every index, the function tree's order, and every
 * instruction's operands. The rules are those of engine/image/reader.py and
 * engine/bytecode/verify.py; a test holds the two to the same verdict. */
#ifndef RH_IMAGE_H
#define RH_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "rh_image_gen.h"

typedef enum rh_image_status {
    RH_IMAGE_OK = 0,
    RH_IMAGE_TRUNCATED = 1,
    RH_IMAGE_BAD_MAGIC = 2,
    RH_IMAGE_BAD_VERSION = 3,
    RH_IMAGE_BAD_OPCODE_TABLE = 4,
    RH_IMAGE_BAD_LENGTH = 5,
    RH_IMAGE_BAD_CHECKSUM = 6,
    RH_IMAGE_BAD_HEADER = 7,
    RH_IMAGE_BAD_TABLE = 8,
    RH_IMAGE_BAD_STRING = 9,
    RH_IMAGE_BAD_FUNCTION = 10,
    RH_IMAGE_BAD_CONSTANT = 11,
    RH_IMAGE_BAD_CODE = 12,
    RH_IMAGE_BAD_HANDLER = 13,
    RH_IMAGE_BAD_POSITIONS = 14,
    RH_IMAGE_BAD_SCOPE = 15,
    RH_IMAGE_NO_MEMORY = 16,
} rh_image_status;

/* CRC-32 of the image with its checksum field read as zero. */
uint32_t rh_image_checksum(const uint8_t *bytes, size_t length);
/* RH_IMAGE_OK, or the first fault found. Reads only bytes[0, length). */
int rh_image_check(const uint8_t *bytes, size_t length);
/* A short English description of a status. */
const char *rh_image_status_message(int status);

#endif /* RH_IMAGE_H */
