uint32_t rh_image_checksum(const uint8_t *bytes, size_t length);
int rh_image_check(const uint8_t *bytes, size_t length);
const char *rh_image_status_message(int status);
