; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_files = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !50
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !56
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !66

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !84 {
entry:
  %tmp4 = alloca [8 x i64], align 8, !dbg !90
  %tmp3 = alloca [1 x i64], align 8, !dbg !90
  %tmp2 = alloca [2 x i64], align 8, !dbg !90
  %tmp1 = alloca [6 x i64], align 8, !dbg !90
  %tmp = alloca [1 x i64], align 8, !dbg !90
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !89, metadata !DIExpression()), !dbg !90
  %zero = alloca i32, align 4, !dbg !91
  store i32 0, i32* %zero, align 4, !dbg !91
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !91
  %1 = icmp eq i64 %0, 0, !dbg !91
  br i1 %1, label %pid.match, label %pid.filter, !dbg !91

return:                                           ; preds = %rec.lost8, %stat.inc10, %rec.fill7, %cold.fill, %cold.keep, %pid.filter
  ret i32 0, !dbg !91

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !91
  %3 = lshr i64 %2, 32, !dbg !91
  %4 = icmp eq i64 %3, %0, !dbg !91
  br i1 %4, label %pid.match, label %return, !dbg !91

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !91
  %6 = getelementptr i8, i8* %ctx, i64 24, !dbg !91
  %7 = bitcast i8* %6 to i64*, !dbg !91
  %8 = load i64, i64* %7, align 8, !dbg !91
  %9 = inttoptr i64 %8 to i8*, !dbg !91
  %10 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %5, i32 1, i8* %9) #0, !dbg !91
  %11 = icmp slt i64 %10, 0, !dbg !91
  %12 = icmp ne i64 %8, 0, !dbg !91
  %13 = and i1 %12, %11, !dbg !91
  br i1 %13, label %cold.keep, label %cold.no, !dbg !91

cold.keep:                                        ; preds = %pid.match
  %14 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !91
  %15 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !91
  %16 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !91
  %17 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !91
  store i64 %16, i64* %17, align 8, !dbg !91
  %18 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !91
  store i64 0, i64* %18, align 8, !dbg !91
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %14, i8 0, i64 48, i1 false), !dbg !91
  %19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %15, i8* nonnull %14, i64 0) #0, !dbg !91
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %15) #0, !dbg !91
  %.not16 = icmp eq i8* %20, null, !dbg !91
  br i1 %.not16, label %return, label %cold.fill, !dbg !91

cold.no:                                          ; preds = %pid.match
  %21 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !92
  %22 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !92
  store i64 1, i64* %22, align 8, !dbg !92
  %23 = bitcast [8 x i64]* %tmp4 to i8*, !dbg !92
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %23, i8 0, i64 64, i1 false), !dbg !92
  %24 = load i64, i64* %7, align 8, !dbg !92
  %25 = inttoptr i64 %24 to i8*, !dbg !92
  %26 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %23, i32 64, i8* %25) #0, !dbg !92
  %27 = icmp eq i64 %26, 64, !dbg !92
  br i1 %27, label %str.full, label %str.done, !dbg !92

cold.fill:                                        ; preds = %cold.keep
  %28 = load i64, i64* %7, align 8, !dbg !91
  %29 = getelementptr i8, i8* %20, i64 24, !dbg !91
  %30 = bitcast i8* %29 to i64*, !dbg !91
  store i64 %28, i64* %30, align 8, !dbg !91
  br label %return, !dbg !91

str.full:                                         ; preds = %cold.no
  %31 = getelementptr inbounds i8, i8* %23, i64 63, !dbg !92
  %32 = getelementptr i8, i8* %25, i64 63, !dbg !92
  %33 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %31, i32 1, i8* %32) #0, !dbg !92
  br label %str.done, !dbg !92

str.done:                                         ; preds = %str.full, %cold.no
  %34 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* nonnull %23, i8* nonnull %21, i64 0) #0, !dbg !92
  %35 = icmp slt i64 %34, 0, !dbg !92
  br i1 %35, label %map.full, label %map.stored, !dbg !92

map.full:                                         ; preds = %str.done
  %36 = bitcast i32* %zero to i8*, !dbg !92
  %37 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %36) #0, !dbg !92
  %.not15 = icmp eq i8* %37, null, !dbg !92
  br i1 %.not15, label %map.stored, label %stat.inc, !dbg !92

map.stored:                                       ; preds = %map.full, %stat.inc, %str.done
  %38 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* null, i64 0) #0, !dbg !93
  %39 = icmp sgt i64 %38, 100, !dbg !93
  br i1 %39, label %if.then, label %if.done, !dbg !93

stat.inc:                                         ; preds = %map.full
  %40 = getelementptr i8, i8* %37, i64 8, !dbg !92
  %41 = bitcast i8* %40 to i64*, !dbg !92
  %42 = load i64, i64* %41, align 8, !dbg !92
  %43 = add i64 %42, 1, !dbg !92
  store i64 %43, i64* %41, align 8, !dbg !92
  br label %map.stored, !dbg !92

if.then:                                          ; preds = %map.stored
  %44 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !94
  %.not13 = icmp eq i8* %44, null, !dbg !94
  br i1 %.not13, label %rec.lost, label %rec.fill, !dbg !94

if.done:                                          ; preds = %rec.lost, %stat.inc5, %rec.fill, %map.stored
  %45 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* null, i64 0) #0, !dbg !95
  %46 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !95
  %.not = icmp eq i8* %46, null, !dbg !95
  br i1 %.not, label %rec.lost8, label %rec.fill7, !dbg !95

rec.fill:                                         ; preds = %if.then
  %47 = bitcast i8* %44 to i64*, !dbg !94
  store i64 5, i64* %47, align 8, !dbg !94
  %48 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !94
  %49 = icmp ugt i64 %48, 65536, !dbg !94
  %50 = select i1 %49, i64 2, i64 1, !dbg !94
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %44, i64 %50) #0, !dbg !94
  br label %if.done, !dbg !94

rec.lost:                                         ; preds = %if.then
  %51 = bitcast i32* %zero to i8*, !dbg !94
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %51) #0, !dbg !94
  %.not14 = icmp eq i8* %52, null, !dbg !94
  br i1 %.not14, label %if.done, label %stat.inc5, !dbg !94

stat.inc5:                                        ; preds = %rec.lost
  %53 = bitcast i8* %52 to i64*, !dbg !94
  %54 = load i64, i64* %53, align 8, !dbg !94
  %55 = add i64 %54, 1, !dbg !94
  store i64 %55, i64* %53, align 8, !dbg !94
  br label %if.done, !dbg !94

rec.fill7:                                        ; preds = %if.done
  %56 = icmp sgt i64 %45, 0, !dbg !95
  %57 = select i1 %56, i64 %45, i64 0, !dbg !95
  %58 = bitcast i8* %46 to i64*, !dbg !95
  store i64 4294967297, i64* %58, align 8, !dbg !95
  %59 = getelementptr i8, i8* %46, i64 8, !dbg !95
  %60 = bitcast i8* %59 to i64*, !dbg !95
  store i64 %57, i64* %60, align 8, !dbg !95
  %61 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !95
  %62 = icmp ugt i64 %61, 65536, !dbg !95
  %63 = select i1 %62, i64 2, i64 1, !dbg !95
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %46, i64 %63) #0, !dbg !95
  br label %return, !dbg !95

rec.lost8:                                        ; preds = %if.done
  %64 = bitcast i32* %zero to i8*, !dbg !95
  %65 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %64) #0, !dbg !95
  %.not12 = icmp eq i8* %65, null, !dbg !95
  br i1 %.not12, label %return, label %stat.inc10, !dbg !95

stat.inc10:                                       ; preds = %rec.lost8
  %66 = bitcast i8* %65 to i64*, !dbg !95
  %67 = load i64, i64* %66, align 8, !dbg !95
  %68 = add i64 %67, 1, !dbg !95
  store i64 %68, i64* %66, align 8, !dbg !95
  br label %return, !dbg !95
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind
define internal i64 @tp_len_cb(i8* %map, i8* %key, i8* %value, i8* %ctx) #3 !dbg !96 {
entry:
  ret i64 0, !dbg !104
}

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !105 {
entry:
  %tmp2 = alloca [8 x i64], align 8, !dbg !108
  %tmp1 = alloca [1 x i64], align 8, !dbg !108
  %tmp = alloca [2 x i64], align 8, !dbg !108
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !107, metadata !DIExpression()), !dbg !108
  %zero = alloca i32, align 4, !dbg !109
  store i32 0, i32* %zero, align 4, !dbg !109
  %0 = bitcast i32* %zero to i8*, !dbg !109
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !109
  %.not = icmp eq i8* %1, null, !dbg !109
  br i1 %.not, label %return, label %body, !dbg !109

body:                                             ; preds = %entry
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !109
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !109
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !109
  store i64 %3, i64* %4, align 8, !dbg !109
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !109
  store i64 0, i64* %5, align 8, !dbg !109
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !109
  %.not10 = icmp eq i8* %6, null, !dbg !109
  br i1 %.not10, label %return, label %cold.kept, !dbg !109

return:                                           ; preds = %rec.lost6, %stat.inc8, %rec.fill5, %entry, %pid.filter, %body
  ret i32 0, !dbg !109

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !109
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !109
  %8 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !109
  %9 = icmp eq i64 %8, 0, !dbg !109
  br i1 %9, label %pid.match, label %pid.filter, !dbg !109

pid.filter:                                       ; preds = %cold.kept
  %10 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !109
  %11 = lshr i64 %10, 32, !dbg !109
  %12 = icmp eq i64 %11, %8, !dbg !109
  br i1 %12, label %pid.match, label %return, !dbg !109

pid.match:                                        ; preds = %pid.filter, %cold.kept
  %13 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !110
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !110
  store i64 1, i64* %14, align 8, !dbg !110
  %15 = bitcast [8 x i64]* %tmp2 to i8*, !dbg !110
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8 0, i64 64, i1 false), !dbg !110
  %16 = getelementptr i8, i8* %1, i64 24, !dbg !110
  %17 = bitcast i8* %16 to i64*, !dbg !110
  %18 = load i64, i64* %17, align 8, !dbg !110
  %19 = inttoptr i64 %18 to i8*, !dbg !110
  %20 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %15, i32 64, i8* %19) #0, !dbg !110
  %21 = icmp eq i64 %20, 64, !dbg !110
  br i1 %21, label %str.full, label %str.done, !dbg !110

str.full:                                         ; preds = %pid.match
  %22 = getelementptr inbounds i8, i8* %15, i64 63, !dbg !110
  %23 = getelementptr i8, i8* %19, i64 63, !dbg !110
  %24 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %22, i32 1, i8* %23) #0, !dbg !110
  br label %str.done, !dbg !110

str.done:                                         ; preds = %str.full, %pid.match
  %25 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* nonnull %15, i8* nonnull %13, i64 0) #0, !dbg !110
  %26 = icmp slt i64 %25, 0, !dbg !110
  br i1 %26, label %map.full, label %map.stored, !dbg !110

map.full:                                         ; preds = %str.done
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !110
  %.not15 = icmp eq i8* %27, null, !dbg !110
  br i1 %.not15, label %map.stored, label %stat.inc, !dbg !110

map.stored:                                       ; preds = %map.full, %stat.inc, %str.done
  %28 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* null, i64 0) #0, !dbg !111
  %29 = icmp sgt i64 %28, 100, !dbg !111
  br i1 %29, label %if.then, label %if.done, !dbg !111

stat.inc:                                         ; preds = %map.full
  %30 = getelementptr i8, i8* %27, i64 8, !dbg !110
  %31 = bitcast i8* %30 to i64*, !dbg !110
  %32 = load i64, i64* %31, align 8, !dbg !110
  %33 = add i64 %32, 1, !dbg !110
  store i64 %33, i64* %31, align 8, !dbg !110
  br label %map.stored, !dbg !110

if.then:                                          ; preds = %map.stored
  %34 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !112
  %.not13 = icmp eq i8* %34, null, !dbg !112
  br i1 %.not13, label %rec.lost, label %rec.fill, !dbg !112

if.done:                                          ; preds = %rec.lost, %stat.inc3, %rec.fill, %map.stored
  %35 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* null, i64 0) #0, !dbg !113
  %36 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !113
  %.not11 = icmp eq i8* %36, null, !dbg !113
  br i1 %.not11, label %rec.lost6, label %rec.fill5, !dbg !113

rec.fill:                                         ; preds = %if.then
  %37 = bitcast i8* %34 to i64*, !dbg !112
  store i64 5, i64* %37, align 8, !dbg !112
  %38 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !112
  %39 = icmp ugt i64 %38, 65536, !dbg !112
  %40 = select i1 %39, i64 2, i64 1, !dbg !112
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %34, i64 %40) #0, !dbg !112
  br label %if.done, !dbg !112

rec.lost:                                         ; preds = %if.then
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !112
  %.not14 = icmp eq i8* %41, null, !dbg !112
  br i1 %.not14, label %if.done, label %stat.inc3, !dbg !112

stat.inc3:                                        ; preds = %rec.lost
  %42 = bitcast i8* %41 to i64*, !dbg !112
  %43 = load i64, i64* %42, align 8, !dbg !112
  %44 = add i64 %43, 1, !dbg !112
  store i64 %44, i64* %42, align 8, !dbg !112
  br label %if.done, !dbg !112

rec.fill5:                                        ; preds = %if.done
  %45 = icmp sgt i64 %35, 0, !dbg !113
  %46 = select i1 %45, i64 %35, i64 0, !dbg !113
  %47 = bitcast i8* %36 to i64*, !dbg !113
  store i64 4294967297, i64* %47, align 8, !dbg !113
  %48 = getelementptr i8, i8* %36, i64 8, !dbg !113
  %49 = bitcast i8* %48 to i64*, !dbg !113
  store i64 %46, i64* %49, align 8, !dbg !113
  %50 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !113
  %51 = icmp ugt i64 %50, 65536, !dbg !113
  %52 = select i1 %51, i64 2, i64 1, !dbg !113
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %36, i64 %52) #0, !dbg !113
  br label %return, !dbg !113

rec.lost6:                                        ; preds = %if.done
  %53 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !113
  %.not12 = icmp eq i8* %53, null, !dbg !113
  br i1 %.not12, label %return, label %stat.inc8, !dbg !113

stat.inc8:                                        ; preds = %rec.lost6
  %54 = bitcast i8* %53 to i64*, !dbg !113
  %55 = load i64, i64* %54, align 8, !dbg !113
  %56 = add i64 %55, 1, !dbg !113
  store i64 %56, i64* %54, align 8, !dbg !113
  br label %return, !dbg !113
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { noinline nounwind }
attributes #4 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!82, !83}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !70, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "len_fn.tp", directory: ".")
!4 = !{!0, !5, !28, !50, !56, !66}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_files", linkageName: "m_files", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !47}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 512, align: 64, elements: !41)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !43, size: 512, align: 8)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 512, align: 8, elements: !45)
!44 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!45 = !{!46}
!46 = !DISubrange(count: 64, lowerBound: 0)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !52, isLocal: false, isDefinition: true, align: 64)
!52 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 320, align: 8, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 40, lowerBound: 0)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !58, isLocal: false, isDefinition: true, align: 64)
!58 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !59)
!59 = !{!32, !33, !60, !61}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 128)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !62, size: 64, align: 64, offset: 192)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 384, align: 8, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 48, lowerBound: 0)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !68, isLocal: false, isDefinition: true, align: 64)
!68 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !69)
!69 = !{!9, !15, !20, !61}
!70 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !71)
!71 = !{!72, !77}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !73, size: 64, align: 64)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 27, lowerBound: 0)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !78, size: 64, align: 64, offset: 64)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !79, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !80)
!80 = !{!81}
!81 = !DISubrange(count: 262144, lowerBound: 0)
!82 = !{i32 2, !"Debug Info Version", i32 3}
!83 = !{i32 2, !"Dwarf Version", i32 4}
!84 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 2, type: !85, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !88)
!85 = !DISubroutineType(types: !86)
!86 = !{!12, !87}
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !{!89}
!89 = !DILocalVariable(name: "ctx", arg: 1, scope: !84, file: !3, line: 2, type: !87)
!90 = !DILocation(line: 2, scope: !84)
!91 = !DILocation(line: 2, column: 1, scope: !84)
!92 = !DILocation(line: 3, column: 2, scope: !84)
!93 = !DILocation(line: 4, column: 2, scope: !84)
!94 = !DILocation(line: 5, column: 3, scope: !84)
!95 = !DILocation(line: 7, column: 2, scope: !84)
!96 = distinct !DISubprogram(name: "tp_len_cb", linkageName: "tp_len_cb", scope: !3, file: !3, line: 1, type: !97, scopeLine: 1, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !99)
!97 = !DISubroutineType(types: !98)
!98 = !{!25, !87, !87, !87, !87}
!99 = !{!100, !101, !102, !103}
!100 = !DILocalVariable(name: "map", arg: 1, scope: !96, file: !3, line: 1, type: !87)
!101 = !DILocalVariable(name: "key", arg: 2, scope: !96, file: !3, line: 1, type: !87)
!102 = !DILocalVariable(name: "value", arg: 3, scope: !96, file: !3, line: 1, type: !87)
!103 = !DILocalVariable(name: "ctx", arg: 4, scope: !96, file: !3, line: 1, type: !87)
!104 = !DILocation(line: 1, column: 1, scope: !96)
!105 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 2, type: !85, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !106)
!106 = !{!107}
!107 = !DILocalVariable(name: "ctx", arg: 1, scope: !105, file: !3, line: 2, type: !87)
!108 = !DILocation(line: 2, scope: !105)
!109 = !DILocation(line: 2, column: 1, scope: !105)
!110 = !DILocation(line: 3, column: 2, scope: !105)
!111 = !DILocation(line: 4, column: 2, scope: !105)
!112 = !DILocation(line: 5, column: 3, scope: !105)
!113 = !DILocation(line: 7, column: 2, scope: !105)
