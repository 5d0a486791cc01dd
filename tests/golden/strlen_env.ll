; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !53
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !59
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !67

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !90 {
entry:
  %tmp2 = alloca [2 x i64], align 8, !dbg !96
  %tmp1 = alloca [6 x i64], align 8, !dbg !96
  %tmp = alloca [1 x i64], align 8, !dbg !96
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !95, metadata !DIExpression()), !dbg !96
  %zero = alloca i32, align 4, !dbg !97
  store i32 0, i32* %zero, align 4, !dbg !97
  %0 = bitcast i32* %zero to i8*, !dbg !97
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !97
  %.not = icmp eq i8* %1, null, !dbg !97
  br i1 %.not, label %return, label %body, !dbg !97

body:                                             ; preds = %entry
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !97
  %3 = icmp eq i64 %2, 0, !dbg !97
  br i1 %3, label %pid.match, label %pid.filter, !dbg !97

return:                                           ; preds = %agg.full, %stat.inc3, %agg.have, %entry, %cold.fill, %cold.keep, %pid.filter
  ret i32 0, !dbg !97

pid.filter:                                       ; preds = %body
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !97
  %5 = lshr i64 %4, 32, !dbg !97
  %6 = icmp eq i64 %5, %2, !dbg !97
  br i1 %6, label %pid.match, label %return, !dbg !97

pid.match:                                        ; preds = %pid.filter, %body
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !97
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !97
  %9 = bitcast i8* %8 to i64*, !dbg !97
  %10 = load i64, i64* %9, align 8, !dbg !97
  %11 = inttoptr i64 %10 to i8*, !dbg !97
  %12 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 1, i8* %11) #0, !dbg !97
  %13 = icmp slt i64 %12, 0, !dbg !97
  %14 = icmp ne i64 %10, 0, !dbg !97
  %15 = and i1 %14, %13, !dbg !97
  br i1 %15, label %cold.keep, label %cold.no, !dbg !97

cold.keep:                                        ; preds = %pid.match
  %16 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !97
  %17 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !97
  %18 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !97
  %19 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !97
  store i64 %18, i64* %19, align 8, !dbg !97
  %20 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !97
  store i64 0, i64* %20, align 8, !dbg !97
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %16, i8 0, i64 48, i1 false), !dbg !97
  %21 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %17, i8* nonnull %16, i64 0) #0, !dbg !97
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %17) #0, !dbg !97
  %.not10 = icmp eq i8* %22, null, !dbg !97
  br i1 %.not10, label %return, label %cold.fill, !dbg !97

cold.no:                                          ; preds = %pid.match
  %23 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 216, i64 0) #0, !dbg !98
  %.not5 = icmp eq i8* %23, null, !dbg !98
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !98

cold.fill:                                        ; preds = %cold.keep
  %24 = load i64, i64* %9, align 8, !dbg !97
  %25 = getelementptr i8, i8* %22, i64 24, !dbg !97
  %26 = bitcast i8* %25 to i64*, !dbg !97
  store i64 %24, i64* %26, align 8, !dbg !97
  br label %return, !dbg !97

rec.fill:                                         ; preds = %cold.no
  %27 = bitcast i8* %23 to i64*, !dbg !98
  store i64 1, i64* %27, align 8, !dbg !98
  %28 = getelementptr i8, i8* %23, i64 8, !dbg !98
  %29 = load i64, i64* %9, align 8, !dbg !98
  %30 = inttoptr i64 %29 to i8*, !dbg !98
  %31 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %28, i32 201, i8* %30) #0, !dbg !98
  %32 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !98
  %33 = icmp ugt i64 %32, 65536, !dbg !98
  %34 = select i1 %33, i64 2, i64 1, !dbg !98
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %23, i64 %34) #0, !dbg !98
  br label %rec.done, !dbg !98

rec.lost:                                         ; preds = %cold.no
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !98
  %.not6 = icmp eq i8* %35, null, !dbg !98
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !98

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(200) %1, i8 0, i64 200, i1 false), !dbg !99
  %36 = load i64, i64* %9, align 8, !dbg !99
  %37 = inttoptr i64 %36 to i8*, !dbg !99
  %38 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 200, i8* %37) #0, !dbg !99
  %39 = icmp eq i64 %38, 200, !dbg !99
  br i1 %39, label %str.full, label %str.done, !dbg !99

stat.inc:                                         ; preds = %rec.lost
  %40 = bitcast i8* %35 to i64*, !dbg !98
  %41 = load i64, i64* %40, align 8, !dbg !98
  %42 = add i64 %41, 1, !dbg !98
  store i64 %42, i64* %40, align 8, !dbg !98
  br label %rec.done, !dbg !98

str.full:                                         ; preds = %rec.done
  %43 = getelementptr i8, i8* %1, i64 199, !dbg !99
  %44 = getelementptr i8, i8* %37, i64 199, !dbg !99
  %45 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %43, i32 1, i8* %44) #0, !dbg !99
  br label %str.done, !dbg !99

str.done:                                         ; preds = %str.full, %rec.done
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !99
  %.not7 = icmp eq i8* %46, null, !dbg !99
  br i1 %.not7, label %agg.init, label %agg.have, !dbg !99

agg.have:                                         ; preds = %agg.init, %str.done
  %agg = phi i8* [ %46, %str.done ], [ %51, %agg.init ], !dbg !99
  %47 = bitcast i8* %agg to i64*, !dbg !99
  %48 = load i64, i64* %47, align 8, !dbg !99
  %49 = add i64 %48, 1, !dbg !99
  store i64 %49, i64* %47, align 8, !dbg !99
  br label %return, !dbg !99

agg.init:                                         ; preds = %str.done
  %50 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !99
  %51 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !99
  %.not8 = icmp eq i8* %51, null, !dbg !99
  br i1 %.not8, label %agg.full, label %agg.have, !dbg !99

agg.full:                                         ; preds = %agg.init
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !99
  %.not9 = icmp eq i8* %52, null, !dbg !99
  br i1 %.not9, label %return, label %stat.inc3, !dbg !99

stat.inc3:                                        ; preds = %agg.full
  %53 = getelementptr i8, i8* %52, i64 8, !dbg !99
  %54 = bitcast i8* %53 to i64*, !dbg !99
  %55 = load i64, i64* %54, align 8, !dbg !99
  %56 = add i64 %55, 1, !dbg !99
  store i64 %56, i64* %54, align 8, !dbg !99
  br label %return, !dbg !99
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !100 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !103
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !102, metadata !DIExpression()), !dbg !103
  %zero = alloca i32, align 4, !dbg !104
  store i32 0, i32* %zero, align 4, !dbg !104
  %0 = bitcast i32* %zero to i8*, !dbg !104
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !104
  %.not = icmp eq i8* %1, null, !dbg !104
  br i1 %.not, label %return, label %body, !dbg !104

body:                                             ; preds = %entry
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !104
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !104
  store i64 %3, i64* %4, align 8, !dbg !104
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !104
  store i64 0, i64* %5, align 8, !dbg !104
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !104
  %.not4 = icmp eq i8* %6, null, !dbg !104
  br i1 %.not4, label %return, label %cold.kept, !dbg !104

return:                                           ; preds = %agg.full, %stat.inc2, %agg.have, %entry, %pid.filter, %body
  ret i32 0, !dbg !104

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !104
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !104
  %8 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !104
  %9 = icmp eq i64 %8, 0, !dbg !104
  br i1 %9, label %pid.match, label %pid.filter, !dbg !104

pid.filter:                                       ; preds = %cold.kept
  %10 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %11 = lshr i64 %10, 32, !dbg !104
  %12 = icmp eq i64 %11, %8, !dbg !104
  br i1 %12, label %pid.match, label %return, !dbg !104

pid.match:                                        ; preds = %pid.filter, %cold.kept
  %13 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 216, i64 0) #0, !dbg !105
  %.not5 = icmp eq i8* %13, null, !dbg !105
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !105

rec.fill:                                         ; preds = %pid.match
  %14 = bitcast i8* %13 to i64*, !dbg !105
  store i64 1, i64* %14, align 8, !dbg !105
  %15 = getelementptr i8, i8* %13, i64 8, !dbg !105
  %16 = getelementptr i8, i8* %1, i64 24, !dbg !105
  %17 = bitcast i8* %16 to i64*, !dbg !105
  %18 = load i64, i64* %17, align 8, !dbg !105
  %19 = inttoptr i64 %18 to i8*, !dbg !105
  %20 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %15, i32 201, i8* %19) #0, !dbg !105
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !105
  %22 = icmp ugt i64 %21, 65536, !dbg !105
  %23 = select i1 %22, i64 2, i64 1, !dbg !105
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %13, i64 %23) #0, !dbg !105
  br label %rec.done, !dbg !105

rec.lost:                                         ; preds = %pid.match
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !105
  %.not6 = icmp eq i8* %24, null, !dbg !105
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !105

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %25 = getelementptr i8, i8* %1, i64 48, !dbg !106
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(200) %25, i8 0, i64 200, i1 false), !dbg !106
  %26 = getelementptr i8, i8* %1, i64 24, !dbg !106
  %27 = bitcast i8* %26 to i64*, !dbg !106
  %28 = load i64, i64* %27, align 8, !dbg !106
  %29 = inttoptr i64 %28 to i8*, !dbg !106
  %30 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %25, i32 200, i8* %29) #0, !dbg !106
  %31 = icmp eq i64 %30, 200, !dbg !106
  br i1 %31, label %str.full, label %str.done, !dbg !106

stat.inc:                                         ; preds = %rec.lost
  %32 = bitcast i8* %24 to i64*, !dbg !105
  %33 = load i64, i64* %32, align 8, !dbg !105
  %34 = add i64 %33, 1, !dbg !105
  store i64 %34, i64* %32, align 8, !dbg !105
  br label %rec.done, !dbg !105

str.full:                                         ; preds = %rec.done
  %35 = getelementptr i8, i8* %1, i64 247, !dbg !106
  %36 = getelementptr i8, i8* %29, i64 199, !dbg !106
  %37 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %35, i32 1, i8* %36) #0, !dbg !106
  br label %str.done, !dbg !106

str.done:                                         ; preds = %str.full, %rec.done
  %38 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* %25) #0, !dbg !106
  %.not7 = icmp eq i8* %38, null, !dbg !106
  br i1 %.not7, label %agg.init, label %agg.have, !dbg !106

agg.have:                                         ; preds = %agg.init, %str.done
  %agg = phi i8* [ %38, %str.done ], [ %43, %agg.init ], !dbg !106
  %39 = bitcast i8* %agg to i64*, !dbg !106
  %40 = load i64, i64* %39, align 8, !dbg !106
  %41 = add i64 %40, 1, !dbg !106
  store i64 %41, i64* %39, align 8, !dbg !106
  br label %return, !dbg !106

agg.init:                                         ; preds = %str.done
  %42 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* %25, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !106
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* %25) #0, !dbg !106
  %.not8 = icmp eq i8* %43, null, !dbg !106
  br i1 %.not8, label %agg.full, label %agg.have, !dbg !106

agg.full:                                         ; preds = %agg.init
  %44 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !106
  %.not9 = icmp eq i8* %44, null, !dbg !106
  br i1 %.not9, label %return, label %stat.inc2, !dbg !106

stat.inc2:                                        ; preds = %agg.full
  %45 = getelementptr i8, i8* %44, i64 8, !dbg !106
  %46 = bitcast i8* %45 to i64*, !dbg !106
  %47 = load i64, i64* %46, align 8, !dbg !106
  %48 = add i64 %47, 1, !dbg !106
  store i64 %48, i64* %46, align 8, !dbg !106
  br label %return, !dbg !106
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!88, !89}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !76, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "strlen_env.tp", directory: ".")
!4 = !{!0, !5, !28, !53, !59, !67}
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
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !51}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 1600, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 1600, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1600, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 200, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 48, lowerBound: 0)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !61, isLocal: false, isDefinition: true, align: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !62)
!62 = !{!63, !37, !64, !65}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 128)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !66, size: 64, align: 64, offset: 192)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!67 = !DIGlobalVariableExpression(var: !68, expr: !DIExpression())
!68 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !69, isLocal: false, isDefinition: true, align: 64)
!69 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !70)
!70 = !{!9, !15, !20, !71}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !72, size: 64, align: 64, offset: 192)
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64, align: 64, dwarfAddressSpace: 0)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1984, align: 8, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 248, lowerBound: 0)
!76 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !77)
!77 = !{!78, !83}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !79, size: 64, align: 64)
!79 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !81)
!81 = !{!82}
!82 = !DISubrange(count: 27, lowerBound: 0)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !84, size: 64, align: 64, offset: 64)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!85 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !86)
!86 = !{!87}
!87 = !DISubrange(count: 262144, lowerBound: 0)
!88 = !{i32 2, !"Debug Info Version", i32 3}
!89 = !{i32 2, !"Dwarf Version", i32 4}
!90 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !91, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !94)
!91 = !DISubroutineType(types: !92)
!92 = !{!12, !93}
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!94 = !{!95}
!95 = !DILocalVariable(name: "ctx", arg: 1, scope: !90, file: !3, line: 3, type: !93)
!96 = !DILocation(line: 3, scope: !90)
!97 = !DILocation(line: 3, column: 1, scope: !90)
!98 = !DILocation(line: 4, column: 2, scope: !90)
!99 = !DILocation(line: 5, column: 2, scope: !90)
!100 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 3, type: !91, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !101)
!101 = !{!102}
!102 = !DILocalVariable(name: "ctx", arg: 1, scope: !100, file: !3, line: 3, type: !93)
!103 = !DILocation(line: 3, scope: !100)
!104 = !DILocation(line: 3, column: 1, scope: !100)
!105 = !DILocation(line: 4, column: 2, scope: !100)
!106 = !DILocation(line: 5, column: 2, scope: !100)
